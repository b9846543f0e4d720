using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Grains;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.History;
using OrleansGovernance.Persistence.Migrations;
using OrleansGovernance.Persistence.Tests;

namespace OrleansGovernance.Integration.Tests;

/// <summary>The history importer's batches on PostgreSQL: stored once, told once per compound, never as ticket changes.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresHistoryStoreTests(PostgresFixture postgres)
{
    private const string Hualing = "xiamen.jimei.xinglin.fangzhi.hualing-garden";
    private const string Ningbao = "xiamen.jimei.xinglin.ningbao.ningbao-shijia";

    [Fact]
    public async Task Batches_store_their_tickets_once_without_a_ticket_change_and_the_end_tells_each_compound_once()
    {
        var connectionString = await postgres.CreateDatabase();
        await new MigrationRunner(StorageProvider.Postgres, connectionString, NullLogger.Instance).Run();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var store = new SqlHistoryStore(new GovernanceDatabase(dataSource, SqlDialect.Postgres), "governance", new JsonGrainStateSerializer(StoredStates.All));
        await store.Begin(new ImportJournal("hash", "requests.csv", 3), CancellationToken.None);
        var batch = new[] { HistoryStoreTests.Imported(Hualing, 1), HistoryStoreTests.Imported(Hualing, 2), HistoryStoreTests.Imported(Ningbao, 3) };

        var stored = await store.Commit("hash", batch, 4, CancellationToken.None);
        var again = await store.Commit("hash", batch, 5, CancellationToken.None);

        // A second run of the same file committing a batch the first already did is refused whole, counting nothing.
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.Commit("hash", batch, 5, CancellationToken.None));
        Assert.Equal((3, 0), (stored, again));
        Assert.Empty(await Outbox(dataSource));
        Assert.Equal(new ImportJournal("hash", "requests.csv", 3, 5, 3, 3), await store.Journal("hash", CancellationToken.None));

        await store.Finish("hash", new Dictionary<string, int> { [Hualing] = 2, [Ningbao] = 1 }, CancellationToken.None);

        Assert.Equal(["history-import " + Hualing + " 2", "history-import " + Ningbao + " 1"], await Outbox(dataSource));
        Assert.NotNull((await store.Journal("hash", CancellationToken.None))?.FinishedAt);

        // The import's setting ended with its transaction: an ordinary write is a ticket change as always.
        await using (var write = dataSource.CreateCommand("UPDATE orleans_grain_state SET payload = payload || '{}', version = version + 1 WHERE state_name = 'ticket' AND payload ->> 'compoundId' = @compound"))
        {
            write.Parameters.AddWithValue("compound", Ningbao);
            await write.ExecuteNonQueryAsync();
        }

        Assert.Contains("ticket " + Ningbao + " 2", await Outbox(dataSource));
    }

    private static async Task<List<string>> Outbox(NpgsqlDataSource dataSource)
    {
        await using var query = dataSource.CreateCommand("SELECT state_name || ' ' || compound_id || ' ' || to_version FROM governance_compound_changes ORDER BY state_name, compound_id");
        await using var reader = await query.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
