using Orleans.Streams;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Persistence.Streams;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>The stream's receiver over the SQLite outbox: batches per compound, deletion once delivered, redelivery by a new receiver.</summary>
public sealed class CompoundChangeReceiverTests
{
    private const string Garden = "xiamen.jimei.xinglin.fangzhi.hualing-garden";
    private const string Court = "xiamen.jimei.xinglin.fangzhi.xiaoqu-02";

    [Fact]
    public async Task A_read_becomes_one_batch_of_ticket_deltas_per_compound_in_commit_order_with_rising_tokens()
    {
        await using var db = await OutboxDatabase.Create();
        var first = await db.Write("ticket", "t-1", null, OutboxTickets.Submitted("t-1", Garden));
        await db.Write("ticket", "t-2", null, OutboxTickets.Submitted("t-2", Court));
        await db.Write("ticket", "t-1", first, OutboxTickets.Acknowledged("t-1", Garden));

        var batches = await Receiver(db).GetQueueMessagesAsync(100, CancellationToken.None);

        Assert.Equal([Garden, Court], batches.Select(b => b.StreamId.GetKeyAsString()));
        Assert.All(batches, b => Assert.Equal(CompoundChanges.Namespace, b.StreamId.GetNamespace()));
        Assert.True(batches[1].SequenceToken.Newer(batches[0].SequenceToken));
        var garden = batches[0].GetEvents<CompoundChange>().Select(e => e.Item1).Cast<TicketDelta>().ToList();
        Assert.Equal([(0, 1), (1, 2)], garden.Select(d => (d.FromVersion, d.ToVersion)));
        Assert.Null(garden[0].Before);
        Assert.Equal((1, 2), (garden[1].Before!.Version, garden[1].After.Version));
        Assert.Equal(
            (Domain.Tickets.TicketStatus.Submitted, Domain.Tickets.TicketStatus.Acknowledged),
            (garden[1].Before!.Status, garden[1].After.Status));
        Assert.All(garden, d => Assert.Equal(("t-1", "t-1"), (d.TicketId, d.After.Id)));
    }

    [Fact]
    public async Task Delivered_rows_are_deleted_and_a_new_receiver_redelivers_the_rows_not_yet_deleted()
    {
        await using var db = await OutboxDatabase.Create();
        await db.Write("ticket", "t-1", null, OutboxTickets.Submitted("t-1", Garden));
        await db.Write("ticket", "t-2", null, OutboxTickets.Submitted("t-2", Court));
        var receiver = Receiver(db);
        var batches = await receiver.GetQueueMessagesAsync(100, CancellationToken.None);

        await receiver.MessagesDeliveredAsync([batches[0]], CancellationToken.None);

        Assert.Empty(await receiver.GetQueueMessagesAsync(100, CancellationToken.None));
        Assert.Equal(["t-2"], (await db.Rows()).Select(r => r.Item));
        var redelivered = await Receiver(db).GetQueueMessagesAsync(100, CancellationToken.None);
        Assert.Equal([Court], redelivered.Select(b => b.StreamId.GetKeyAsString()));
    }

    [Fact]
    public async Task Producing_through_the_adapter_is_refused_and_names_the_outbox()
    {
        await using var db = await OutboxDatabase.Create();
        var adapter = await new CompoundChangeAdapterFactory(CompoundChanges.ProviderName, db.Database, OutboxDatabase.Serializer, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance)
            .CreateAdapter();

        var refused = await Assert.ThrowsAsync<NotSupportedException>(() =>
            adapter.QueueMessageBatchAsync(StreamId.Create(CompoundChanges.Namespace, Garden), [new BookChanged(CompoundBook.Ledger)], null, null));

        Assert.Contains("governance_compound_changes", refused.Message, StringComparison.Ordinal);
    }

    private static IQueueAdapterReceiver Receiver(OutboxDatabase db) =>
        new CompoundChangeReceiver(new SqliteChangeOutbox(db.Database), new CompoundChangeReader(OutboxDatabase.Serializer), queue: 0, rowsPerRead: 256);
}
