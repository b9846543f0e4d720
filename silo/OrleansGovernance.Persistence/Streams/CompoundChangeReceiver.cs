using Orleans.Providers.Streams.Common;
using Orleans.Streams;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Persistence.Streams;

/// <summary>
/// Reads one queue of the outbox for the silo that holds it. Each read becomes one batch per compound, with sequence
/// tokens that rise with every batch this receiver makes (outbox ids are not in commit order on PostgreSQL, so they
/// are kept only to delete the rows). The read position lives here, in memory: a receiver made afresh, after a
/// restart or when its queue moves to another silo, starts again from what the table still holds, so a row
/// delivered but not yet deleted comes again and its compound drops it by version.
/// </summary>
internal sealed class CompoundChangeReceiver(ChangeOutbox outbox, CompoundChangeReader reader, int queue, int rowsPerRead) : IQueueAdapterReceiver
{
    private OutboxRow? _last;
    private long _sequence;

    public Task Initialize(TimeSpan timeout) => Task.CompletedTask;

    public Task<IList<IBatchContainer>> GetQueueMessagesAsync(int maxCount) => GetQueueMessagesAsync(maxCount, CancellationToken.None);

    public async Task<IList<IBatchContainer>> GetQueueMessagesAsync(int maxCount, CancellationToken cancellationToken)
    {
        var rows = await outbox.Read(queue, _last, maxCount > 0 ? Math.Min(maxCount, rowsPerRead) : rowsPerRead, cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        // Read in full before the position moves: a row that cannot be read stops the queue here and is tried again.
        var changes = rows.Select(row => (Row: row, Change: reader.Read(row))).ToList();
        _last = rows[^1];
        return [.. changes
            .GroupBy(c => c.Row.CompoundId, StringComparer.Ordinal)
            .Select(compound => (IBatchContainer)new CompoundChangeBatch(
                StreamId.Create(CompoundChanges.Namespace, compound.Key),
                [.. compound.Select(c => c.Change)],
                new EventSequenceTokenV2(++_sequence),
                [.. compound.Select(c => c.Row.Id)]))];
    }

    public Task MessagesDeliveredAsync(IList<IBatchContainer> messages) => MessagesDeliveredAsync(messages, CancellationToken.None);

    public Task MessagesDeliveredAsync(IList<IBatchContainer> messages, CancellationToken cancellationToken)
    {
        var ids = messages.OfType<CompoundChangeBatch>().SelectMany(batch => batch.RowIds).ToList();
        return ids.Count == 0 ? Task.CompletedTask : outbox.Delete(ids, cancellationToken);
    }

    public Task Shutdown(TimeSpan timeout) => Task.CompletedTask;
}
