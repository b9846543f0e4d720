using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Persistence.History;

/// <summary>One batch of imported tickets, its compounds' history-import rows and the journal's move, in one transaction.</summary>
internal abstract class HistoryBatchWriter
{
    /// <summary>The outbox's state name for <see cref="Abstractions.HistoryImported"/>; to_version carries the tickets stored.</summary>
    public const string OutboxStateName = "history-import";

    /// <summary>Returns how many of the tickets were not stored before.</summary>
    public abstract Task<int> Write(string fileHash, IReadOnlyList<Ticket> tickets, int lastLine, CancellationToken cancellationToken);
}
