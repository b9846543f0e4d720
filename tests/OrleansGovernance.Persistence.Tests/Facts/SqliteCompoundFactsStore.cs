using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Grains;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.GrainState.Postgres;
using OrleansGovernance.Persistence.Migrations;

namespace OrleansGovernance.Persistence.Tests.Facts;

/// <summary>
/// A SQLite file in a temporary folder. Rows are written by the write query the ADO.NET grain storage runs (read
/// from OrleansQuery, as the provider reads it), with the row identity that provider computes.
/// </summary>
public sealed class SqliteCompoundFactsStore : CompoundFactsStore
{
    private static readonly JsonGrainStateSerializer Serializer = new(StoredStates.All);

    private readonly DirectoryInfo _folder;
    private readonly GovernanceDatabase _database;
    private readonly string _serviceId;
    private readonly Dictionary<(string, string), int> _versions = [];

    private SqliteCompoundFactsStore(DirectoryInfo folder, GovernanceDatabase database, string serviceId)
    {
        _folder = folder;
        _database = database;
        _serviceId = serviceId;
        Source = new SqlCompoundFactsSource(database, serviceId, Serializer);
    }

    public override ICompoundFactsSource Source { get; }

    /// <summary>
    /// A new database, or one that <paramref name="original"/> writes to the path it is given, brought to today's
    /// migrations; its rows belong to the Orleans service <paramref name="serviceId"/>.
    /// </summary>
    public static async Task<SqliteCompoundFactsStore> Create(Func<string, Task>? original = null, string serviceId = ServiceId)
    {
        var folder = Directory.CreateTempSubdirectory("compound-facts-");
        var path = Path.Combine(folder.FullName, "governance.db");
        if (original is not null)
        {
            await original(path);
        }

        var connectionString = StorageOptions.SqliteConnectionString(path);
        await new MigrationRunner(StorageProvider.Sqlite, connectionString, NullLogger.Instance).Run();
        return new SqliteCompoundFactsStore(folder, new GovernanceDatabase(SqliteFactory.Instance.CreateDataSource(connectionString), SqlDialect.Sqlite), serviceId);
    }

    /// <summary>Every stored state of a kind, read as grain storage reads it.</summary>
    public async Task<List<T>> States<T>(string stateName)
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT CAST(payload AS BLOB) FROM orleans_grain_state WHERE state_name = @state AND service_id = @service AND payload IS NOT NULL";
        SqlValues.Add(command, "state", stateName);
        SqlValues.Add(command, "service", _serviceId);
        var states = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            states.Add(Serializer.Deserialize<T>(new BinaryData(reader.GetFieldValue<byte[]>(0)))!);
        }

        return states;
    }

    public override async Task<int> Store<T>(string stateName, string key, T state)
    {
        var row = GrainStateKey.Of(GrainId.Create(stateName, key));
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = await WriteQuery(connection);
        SqlValues.Add(command, "ServiceId", _serviceId);
        SqlValues.Add(command, "GrainTypeString", stateName);
        SqlValues.Add(command, "GrainIdHash", row.Hash);
        SqlValues.Add(command, "GrainIdN0", row.N0);
        SqlValues.Add(command, "GrainIdN1", row.N1);
        SqlValues.Add(command, "GrainIdExtensionString", row.Extension);
        SqlValues.Add(command, "PayloadBinary", Serializer.Serialize(state).ToArray());
        SqlValues.Add(command, "GrainStateVersion", _versions.TryGetValue((stateName, key), out var stored) ? stored : (int?)null);
        var version = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        _versions[(stateName, key)] = version;
        return version;
    }

    public override async Task Deliver()
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM governance_compound_changes";
        await command.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private static async Task<string> WriteQuery(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'WriteToStorageKey'";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
