using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Storage;
using Microsoft.Extensions.Options;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Persistence.GrainState.Postgres;
using OrleansGovernance.Persistence.History;
using OrleansGovernance.Persistence.Streams;
using Npgsql;

namespace OrleansGovernance.Persistence.GrainState;

/// <summary>Grain storage, reminders, clustering and the compound-changes stream, all following Storage:Provider.</summary>
public static class StorageHosting
{
    private const string SqliteInvariant = "System.Data.SQLite";
    private const string PostgresInvariant = "Npgsql";

    // The ADO.NET storage registers under this name; the write gate takes the governance name and wraps it.
    private const string UngatedSqliteStorage = GovernanceStorage.ProviderName + "-sqlite";

    /// <summary>Stored rows are read and written by the <see cref="StoredShapes"/> the grains register.</summary>
    public static ISiloBuilder AddGovernanceStorage(this ISiloBuilder silo, StorageOptions storage, string connectionString)
    {
        silo.Services.AddSingleton(services => new JsonGrainStateSerializer(services.GetRequiredService<StoredShapes>()));
        silo.Services.AddSingleton<ICompoundFactsSource>(services => new SqlCompoundFactsSource(
            services.GetRequiredService<GovernanceDatabase>(),
            services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            services.GetRequiredService<JsonGrainStateSerializer>()));
        silo.Services.AddKeyedSingleton<IHistoryStore>(DurableStore.Key, (services, _) => new SqlHistoryStore(
            services.GetRequiredService<GovernanceDatabase>(),
            services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            services.GetRequiredService<JsonGrainStateSerializer>()));
        silo.Services.AddGovernanceDatabase(storage.Provider, connectionString);
        silo.AddCompoundChangeStream();
        switch (storage.Provider)
        {
            // The memory database is a private SQLite database (see StorageOptions.MemoryConnectionString).
            case StorageProvider.Sqlite or StorageProvider.Memory:
                silo.AddAdoNetGrainStorage(UngatedSqliteStorage, options => options.Configure<JsonGrainStateSerializer>((adoNet, serializer) =>
                {
                    adoNet.Invariant = SqliteInvariant;
                    adoNet.ConnectionString = connectionString;
                    adoNet.GrainStorageSerializer = serializer;
                }));
                silo.Services.AddKeyedSingleton<IGrainStorage>(GovernanceStorage.ProviderName, (services, _) =>
                    new SqliteWriteGate(services.GetRequiredKeyedService<IGrainStorage>(UngatedSqliteStorage), services.GetRequiredService<GovernanceDatabase>().Writes));
                silo.UseAdoNetReminderService(options =>
                {
                    options.Invariant = SqliteInvariant;
                    options.ConnectionString = connectionString;
                });
                break;
            case StorageProvider.Postgres:
                silo.Services.AddKeyedSingleton<IGrainStorage>(GovernanceStorage.ProviderName, (services, _) => new PostgresGrainStorage(
                    services.GetRequiredService<NpgsqlDataSource>(),
                    services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
                    services.GetRequiredService<JsonGrainStateSerializer>(),
                    storage.Committers));
                silo.UseAdoNetReminderService(options =>
                {
                    options.Invariant = PostgresInvariant;
                    options.ConnectionString = connectionString;
                });
                silo.UseAdoNetClustering(options =>
                {
                    options.Invariant = PostgresInvariant;
                    options.ConnectionString = connectionString;
                });
                break;
            default:
                throw new InvalidOperationException($"unknown storage provider {storage.Provider}.");
        }

        return silo;
    }
}
