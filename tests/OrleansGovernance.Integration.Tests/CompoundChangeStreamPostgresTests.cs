using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.Storage;
using Orleans.Streams;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Grains;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.GrainState.Postgres;
using OrleansGovernance.Persistence.Migrations;
using OrleansGovernance.Persistence.Streams;
using OrleansGovernance.Testing;

namespace OrleansGovernance.Integration.Tests;

/// <summary>The compound-changes outbox on PostgreSQL: written by the grain-state trigger, read in commit order, deleted once delivered.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CompoundChangeStreamPostgresTests(PostgresFixture postgres)
{
    private const string Garden = "xiamen.jimei.xinglin.fangzhi.hualing-garden";
    private const string Court = "xiamen.jimei.xinglin.fangzhi.xiaoqu-02";
    private const string Description = "Water leaking from the roof of building 7";
    private static readonly DateTimeOffset T0 = new(2024, 3, 4, 1, 0, 0, TimeSpan.Zero);
    private static readonly JsonGrainStateSerializer Serializer = new(StoredStates.All);

    [Fact]
    public async Task A_ticket_write_adds_one_outbox_row_with_its_versions_and_facts_and_a_stale_write_adds_none()
    {
        var (database, storage) = await Open();
        await using var _ = storage;
        var state = new GrainState<Ticket>(Submitted("t-1", Garden));
        await storage.WriteStateAsync("ticket", TicketGrain("t-1"), state);
        var stale = new GrainState<Ticket>(Acknowledged("t-1", Garden)) { ETag = state.ETag };
        state.State = Acknowledged("t-1", Garden);
        await storage.WriteStateAsync("ticket", TicketGrain("t-1"), state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("ticket", TicketGrain("t-1"), stale));

        await using var command = database.CreateCommand(
            "SELECT compound_id, item_id, queue_id, from_version, to_version, facts_before ->> 'status', facts_after ->> 'status', CAST(facts_before AS text) || CAST(facts_after AS text) FROM governance_compound_changes ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, short, int, int, string?, string?, string?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt16(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        Assert.Equal(2, rows.Count);
        Assert.Equal((Garden, "t-1", 0, 1, (string?)null, (string?)"submitted"), (rows[0].Item1, rows[0].Item2, rows[0].Item4, rows[0].Item5, rows[0].Item6, rows[0].Item7));
        Assert.Equal((1, 2, (string?)"submitted", (string?)"acknowledged"), (rows[1].Item4, rows[1].Item5, rows[1].Item6, rows[1].Item7));
        Assert.All(rows, r => Assert.InRange(r.Item3, 0, CompoundChangeQueues.Count - 1));
        Assert.DoesNotContain(Description, rows[1].Item8!, StringComparison.Ordinal);
        Assert.DoesNotContain("13900007777", rows[1].Item8!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_receivers_deliver_one_batch_per_compound_delete_what_was_delivered_and_new_receivers_redeliver_the_rest()
    {
        var (database, storage) = await Open();
        await using var _ = storage;
        var first = new GrainState<Ticket>(Submitted("t-1", Garden));
        await storage.WriteStateAsync("ticket", TicketGrain("t-1"), first);
        first.State = Acknowledged("t-1", Garden);
        await storage.WriteStateAsync("ticket", TicketGrain("t-1"), first);
        await storage.WriteStateAsync("ticket", TicketGrain("t-2"), new GrainState<Ticket>(Submitted("t-2", Court)));
        var receivers = Receivers(database);

        var read = await ReadAll(receivers);

        var garden = Assert.Single(read, r => r.Batch.StreamId.GetKeyAsString() == Garden);
        Assert.Single(read, r => r.Batch.StreamId.GetKeyAsString() == Court);
        Assert.Equal([(0, 1), (1, 2)], garden.Batch.GetEvents<TicketDelta>().Select(e => (e.Item1.FromVersion, e.Item1.ToVersion)));
        await garden.Receiver.MessagesDeliveredAsync([garden.Batch], CancellationToken.None);
        var redelivered = await ReadAll(Receivers(database));
        Assert.Equal([Court], redelivered.Select(r => r.Batch.StreamId.GetKeyAsString()));
    }

    [Fact]
    public async Task A_transaction_that_took_a_lower_id_but_commits_after_a_later_one_is_still_delivered_and_first()
    {
        var (database, storage) = await Open();
        await using var _ = storage;
        await using var early = await database.OpenConnectionAsync();
        await using var late = await database.OpenConnectionAsync();
        await using var earlyTransaction = await early.BeginTransactionAsync();
        await Insert(early, "early");
        await using (var lateTransaction = await late.BeginTransactionAsync())
        {
            await Insert(late, "late");
            await lateTransaction.CommitAsync();
        }

        var receiver = Receivers(database)[0];
        var whileEarlyRuns = await receiver.GetQueueMessagesAsync(100, CancellationToken.None);
        await earlyTransaction.CommitAsync();
        var afterwards = await Eventually.Until(() => receiver.GetQueueMessagesAsync(100, CancellationToken.None), batches => batches.Count > 0);

        Assert.Empty(whileEarlyRuns);
        Assert.Equal(["early", "late"], afterwards.Select(b => b.StreamId.GetKeyAsString()));
    }

    private async Task<(NpgsqlDataSource Database, PostgresGrainStorage Storage)> Open()
    {
        var connectionString = await postgres.CreateDatabase();
        await new MigrationRunner(StorageProvider.Postgres, connectionString, NullLogger.Instance).Run();
        var database = NpgsqlDataSource.Create(connectionString);
        return (database, new PostgresGrainStorage(database, "test-service", Serializer, committers: 1));
    }

    private static IQueueAdapterReceiver[] Receivers(NpgsqlDataSource database) =>
        [.. Enumerable.Range(0, CompoundChangeQueues.Count).Select(queue =>
            new CompoundChangeReceiver(new PostgresChangeOutbox(database), new CompoundChangeReader(Serializer), queue, rowsPerRead: 256))];

    private static async Task<List<(IQueueAdapterReceiver Receiver, IBatchContainer Batch)>> ReadAll(IQueueAdapterReceiver[] receivers)
    {
        var read = new List<(IQueueAdapterReceiver, IBatchContainer)>();
        foreach (var receiver in receivers)
        {
            read.AddRange((await receiver.GetQueueMessagesAsync(100, CancellationToken.None)).Select(batch => (receiver, batch)));
        }

        return read;
    }

    private static async Task Insert(NpgsqlConnection connection, string compound)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO governance_compound_changes (queue_id, compound_id, state_name, item_id, from_version, to_version) VALUES (0, @compound, 'ledger', @compound, 0, 1)", connection);
        command.Parameters.AddWithValue("compound", compound);
        await command.ExecuteNonQueryAsync();
    }

    private static GrainId TicketGrain(string id) => GrainId.Create("ticket", id);

    private static Ticket Submitted(string id, string compoundId) => Ticket.Submit(
        id,
        new TicketSubmission(compoundId, TicketCategory.EbikeInLift, TicketChannel.Open311, Description, "Building 7, top floor",
            new ReporterContact("王先生", "13900007777", "wang@example.org")),
        ServiceLevelPolicy.Default,
        new Stamp("resident-wang", T0));

    private static Ticket Acknowledged(string id, string compoundId)
    {
        var ticket = Submitted(id, compoundId);
        ticket.Acknowledge(new Stamp("grid-worker-wu", T0.AddMinutes(5), "on the way"));
        return ticket;
    }
}
