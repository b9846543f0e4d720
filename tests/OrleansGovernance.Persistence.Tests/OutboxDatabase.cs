using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using OrleansGovernance.Grains;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.GrainState.Postgres;
using OrleansGovernance.Persistence.Migrations;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>
/// A SQLite database of its own in memory, with every migration applied, kept alive while the test holds it. Grain
/// state is written with the storage's own query (OrleansQuery's WriteToStorageKey), so its triggers fire as in a silo.
/// </summary>
internal sealed class OutboxDatabase : IAsyncDisposable
{
    private const string ServiceId = "outbox-tests";

    private readonly SqliteConnection _keepAlive;

    private OutboxDatabase(string connectionString, SqliteConnection keepAlive)
    {
        _keepAlive = keepAlive;
        Database = new GovernanceDatabase(SqliteFactory.Instance.CreateDataSource(connectionString), SqlDialect.Sqlite);
    }

    public GovernanceDatabase Database { get; }

    public static JsonGrainStateSerializer Serializer { get; } = new(StoredStates.All);

    public static async Task<OutboxDatabase> Create()
    {
        var connectionString = $"Data Source=outbox-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        var keepAlive = new SqliteConnection(connectionString);
        await keepAlive.OpenAsync();
        await new MigrationRunner(StorageProvider.Sqlite, connectionString, NullLogger.Instance).Run();
        return new OutboxDatabase(connectionString, keepAlive);
    }

    /// <summary>Writes a grain's state as grain storage does; answers the new version, or null when the version sent is stale.</summary>
    public async Task<int?> Write<T>(string stateName, string key, int? version, T state)
    {
        var grainKey = GrainStateKey.Of(GrainId.Create(stateName, key));
        await using var command = _keepAlive.CreateCommand();
        command.CommandText = await Scalar<string>("SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'WriteToStorageKey'");
        command.Parameters.AddWithValue("@ServiceId", ServiceId);
        command.Parameters.AddWithValue("@GrainTypeString", stateName);
        command.Parameters.AddWithValue("@GrainIdHash", grainKey.Hash);
        command.Parameters.AddWithValue("@GrainIdN0", grainKey.N0);
        command.Parameters.AddWithValue("@GrainIdN1", grainKey.N1);
        command.Parameters.AddWithValue("@GrainIdExtensionString", (object?)grainKey.Extension ?? DBNull.Value);
        command.Parameters.AddWithValue("@PayloadBinary", Serializer.Serialize(state).ToArray());
        command.Parameters.AddWithValue("@GrainStateVersion", (object?)version ?? DBNull.Value);
        return await command.ExecuteScalarAsync() is long stored ? (int)stored : null;
    }

    /// <summary>The outbox's rows as stored, in id order: compound, state, item, versions and the facts' JSON.</summary>
    public async Task<List<(string Compound, string State, string Item, long From, long To, string? Before, string? After)>> Rows()
    {
        await using var command = _keepAlive.CreateCommand();
        command.CommandText = "SELECT compound_id, state_name, item_id, from_version, to_version, facts_before, facts_after FROM governance_compound_changes ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, string, long, long, string?, string?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await _keepAlive.DisposeAsync();
    }

    private async Task<TValue> Scalar<TValue>(string sql)
    {
        await using var command = _keepAlive.CreateCommand();
        command.CommandText = sql;
        return (TValue)(await command.ExecuteScalarAsync())!;
    }
}
