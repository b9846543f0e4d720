using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OrleansGovernance.Persistence.Stores;

namespace OrleansGovernance.Persistence.Database;

public static class GovernanceDatabaseHosting
{
    /// <summary>
    /// The platform's database (PostgreSQL's data source also serves grain storage and clustering) and the SQL stores
    /// in it. Registered through a factory so the container disposes the data source, and with it the connection pool,
    /// when the host stops. Memory storage is a SQLite database in memory (<see cref="StorageOptions.MemoryConnectionString"/>).
    /// </summary>
    public static IServiceCollection AddGovernanceDatabase(this IServiceCollection services, StorageProvider provider, string connectionString)
    {
        switch (provider)
        {
            case StorageProvider.Postgres:
                services.AddSingleton(_ => NpgsqlDataSource.Create(PostgresConnectionStrings.WithAutoPrepare(connectionString)));
                services.AddSingleton(provider => new GovernanceDatabase(provider.GetRequiredService<NpgsqlDataSource>(), SqlDialect.Postgres));
                break;
            case StorageProvider.Sqlite or StorageProvider.Memory:
                services.AddSingleton(_ => new GovernanceDatabase(SqliteFactory.Instance.CreateDataSource(connectionString), SqlDialect.Sqlite));
                break;
            default:
                throw new InvalidOperationException($"unknown storage provider {provider}.");
        }

        services.TryAddSingleton(TimeProvider.System);
        return services.AddSqlStores();
    }
}
