using Orleans.Streams;

namespace OrleansGovernance.Persistence.Streams;

/// <summary>
/// The compound-changes stream's queues, read from the outbox. Events enter the stream only through the outbox rows
/// that the database's trigger writes in the transaction of each change, never through the adapter.
/// </summary>
internal sealed class CompoundChangeAdapter(string name, ChangeOutbox outbox, CompoundChangeReader reader, int rowsPerRead) : IQueueAdapter
{
    public string Name => name;

    public bool IsRewindable => false;

    public StreamProviderDirection Direction => StreamProviderDirection.ReadOnly;

    public Task QueueMessageBatchAsync<T>(StreamId streamId, IEnumerable<T> events, StreamSequenceToken? token, Dictionary<string, object>? requestContext) =>
        throw new NotSupportedException(
            $"The {name} stream is fed only by the governance_compound_changes outbox, which the database fills in the transaction of each stored change; write the change instead of producing an event.");

    public IQueueAdapterReceiver CreateReceiver(QueueId queueId) => new CompoundChangeReceiver(outbox, reader, (int)queueId.GetNumericId(), rowsPerRead);
}
