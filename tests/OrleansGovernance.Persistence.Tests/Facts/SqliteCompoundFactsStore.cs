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
    private readonly Dictionary<(string, string), int> _versions = [];

    private SqliteCompoundFactsStore(DirectoryInfo folder, GovernanceDatabase database)
    {
        _folder = folder;
        _database = database;
        Source = new SqlCompoundFactsSource(database, ServiceId, Serializer);
    }

    public override ICompoundFactsSource Source { get; }

    /// <summary>A new database, or a copy of <paramref name="original"/> brought to today's migrations.</summary>
    public static async Task<SqliteCompoundFactsStore> Create(Func<string, Task>? original = null)
    {
        var folder = Directory.CreateTempSubdirectory("compound-facts-");
        var path = Path.Combine(folder.FullName, "governance.db");
        if (original is not null)
        {
            await original(path);
        }

        var connectionString = StorageOptions.SqliteConnectionString(path);
        await new MigrationRunner(StorageProvider.Sqlite, connectionString, NullLogger.Instance).Run();
        return new SqliteCompoundFactsStore(folder, new GovernanceDatabase(SqliteFactory.Instance.CreateDataSource(connectionString), SqlDialect.Sqlite));
    }

    public GovernanceDatabase Database => _database;

    public override async Task<int> Store<T>(string stateName, string key, T state)
    {
        var row = GrainStateKey.Of(GrainId.Create(stateName, key));
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = await WriteQuery(connection);
        SqlValues.Add(command, "ServiceId", ServiceId);
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
