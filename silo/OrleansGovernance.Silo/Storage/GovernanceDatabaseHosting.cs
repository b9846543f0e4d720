using Microsoft.Data.Sqlite;
using Npgsql;
using OrleansGovernance.Api.Storage;

namespace OrleansGovernance.Silo.Storage;

internal static class GovernanceDatabaseHosting
{
    /// <summary>
    /// The database the API's own tables (API keys) live in, beside the grain state (PostgreSQL's data source also serves grain storage). Registered through a factory so
    /// the container disposes the data source, and with it the connection pool, when the host stops.
    /// </summary>
    public static IServiceCollection AddGovernanceDatabase(this IServiceCollection services, StorageProvider provider, string connectionString) =>
        provider switch
        {
            StorageProvider.Postgres => services
                .AddSingleton(_ => NpgsqlDataSource.Create(PostgresConnectionStrings.WithAutoPrepare(connectionString)))
                .AddSingleton(provider => new GovernanceDatabase(provider.GetRequiredService<NpgsqlDataSource>(), SqlDialect.Postgres)),
            StorageProvider.Sqlite => services.AddSingleton(_ => new GovernanceDatabase(SqliteFactory.Instance.CreateDataSource(connectionString), SqlDialect.Sqlite)),
            _ => services,
        };
}
