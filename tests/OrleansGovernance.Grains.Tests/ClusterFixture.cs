using OrleansGovernance.Silo;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Configuration;
using Orleans.Storage;
using Orleans.TestingHost;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.Migrations;

namespace OrleansGovernance.Grains.Tests;

/// <summary>
/// Two silos in one process on the embedded default's storage (a SQLite file made for this run) with the
/// platform's streams and reminders, so calls and events cross silo boundaries as they do in production.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("og-grains-");
    private readonly short _silos;
    private readonly ServiceLevelPolicy? _policy;
    private readonly Action<ISiloBuilder>? _configure;
    private readonly CarriedDatabase? _carried;

    public ClusterFixture()
        : this(2, null)
    {
    }

    /// <summary>A cluster of its own, for tests that kill a silo, need another service-level policy or replace a service.</summary>
    internal ClusterFixture(short silos, ServiceLevelPolicy? policy, Action<ISiloBuilder>? configure = null, CarriedDatabase? carried = null)
    {
        _silos = silos;
        _policy = policy;
        _configure = configure;
        _carried = carried;
    }

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    internal string ConnectionString => StorageOptions.SqliteConnectionString(Path.Combine(_data.FullName, "governance.db"));

    public async Task InitializeAsync()
    {
        if (_carried is not null)
        {
            await _carried.Write(Path.Combine(_data.FullName, "governance.db"));
        }

        await new MigrationRunner(StorageProvider.Sqlite, ConnectionString, NullLogger.Instance).Run();
        var builder = new InProcessTestClusterBuilder(initialSilosCount: _silos);
        if (_carried is not null)
        {
            builder.Options.ServiceId = _carried.ServiceId;
        }

        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddGovernanceStorage(new StorageOptions { Provider = StorageProvider.Sqlite }, ConnectionString);
            silo.AddGovernanceChannels();
            silo.Services.AddGovernanceGrains(_policy);
            silo.Services.Configure<FiguresOptions>(options =>
            {
                options.PullInterval = TimeSpan.FromSeconds(2);
                options.ReconcileInterval = TimeSpan.FromSeconds(2);
            });

            // As in production (appsettings.json): a dead silo is noticed within seconds.
            silo.Configure<ClusterMembershipOptions>(options =>
            {
                options.ProbeTimeout = TimeSpan.FromSeconds(2);
                options.NumMissedProbesLimit = 3;
                options.TableRefreshTimeout = TimeSpan.FromSeconds(10);
            });
            _configure?.Invoke(silo);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }

    /// <summary>Writes a grain's state straight to storage, as if the grain had committed it and its event were lost.</summary>
    public Task Store<TState>(string stateName, GrainId grainId, TState state)
    {
        var storage = Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GovernanceStorage.ProviderName);
        return storage.WriteStateAsync(stateName, grainId, new GrainState<TState>(state));
    }

    /// <summary>Whether storage holds a record for the grain: proof that a read left nothing behind.</summary>
    public async Task<bool> IsStored<TState>(string stateName, GrainId grainId)
        where TState : new()
    {
        var storage = Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GovernanceStorage.ProviderName);
        var state = new GrainState<TState>(new TState());
        await storage.ReadStateAsync(stateName, grainId, state);
        return state.RecordExists;
    }
}

/// <summary>A database written before this cluster (by earlier code), and the Orleans service its rows belong to.</summary>
internal sealed record CarriedDatabase(Func<string, Task> Write, string ServiceId);

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
