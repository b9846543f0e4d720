using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Grains;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.GrainState.Postgres;
using OrleansGovernance.Persistence.Migrations;
using OrleansGovernance.Persistence.Tests.Facts;

namespace OrleansGovernance.Integration.Tests;

/// <summary>A new database on the test server, its rows written by the platform's own PostgreSQL grain storage.</summary>
public sealed class PostgresCompoundFactsStore : CompoundFactsStore
{
    private static readonly JsonGrainStateSerializer Serializer = new(StoredStates.All);

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresGrainStorage _storage;
    private readonly Dictionary<(string, string), string?> _etags = [];

    private PostgresCompoundFactsStore(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
        _storage = new PostgresGrainStorage(dataSource, ServiceId, Serializer, committers: 2);
        Source = new SqlCompoundFactsSource(new GovernanceDatabase(dataSource, SqlDialect.Postgres), ServiceId, Serializer);
    }

    public override ICompoundFactsSource Source { get; }

    public NpgsqlDataSource DataSource => _dataSource;

    public static async Task<PostgresCompoundFactsStore> Create(PostgresServer server)
    {
        var connectionString = server.ConnectionString(await server.CreateDatabase());
        await new MigrationRunner(StorageProvider.Postgres, connectionString, NullLogger.Instance).Run();
        return new PostgresCompoundFactsStore(NpgsqlDataSource.Create(connectionString));
    }

    public override async Task<int> Store<T>(string stateName, string key, T state)
    {
        var grainState = new GrainState<T>(state) { ETag = _etags.GetValueOrDefault((stateName, key)) };
        await _storage.WriteStateAsync(stateName, GrainId.Create(stateName, key), grainState);
        _etags[(stateName, key)] = grainState.ETag;
        return int.Parse(grainState.ETag!, System.Globalization.CultureInfo.InvariantCulture);
    }

    public override async Task Deliver()
    {
        await using var command = _dataSource.CreateCommand("DELETE FROM governance_compound_changes");
        await command.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await _storage.DisposeAsync();
        await _dataSource.DisposeAsync();
    }
}
