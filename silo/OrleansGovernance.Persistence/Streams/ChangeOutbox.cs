namespace OrleansGovernance.Persistence.Streams;

/// <summary>
/// The outbox table as the stream's receivers see it: rows of a queue after a position, in the order their
/// transactions committed, and deletion of rows already delivered. Holds no position itself: each receiver keeps its
/// own in memory, so a receiver made afresh starts from whatever the table still holds.
/// </summary>
internal abstract class ChangeOutbox
{
    /// <summary>Up to <paramref name="max"/> rows of queue <paramref name="queue"/> after <paramref name="after"/> (null: from the start).</summary>
    public abstract Task<IReadOnlyList<OutboxRow>> Read(int queue, OutboxRow? after, int max, CancellationToken cancellationToken);

    /// <summary>Deletes the rows named, in one statement.</summary>
    public abstract Task Delete(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);
}
