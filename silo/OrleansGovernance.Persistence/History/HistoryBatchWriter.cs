using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Persistence.History;

/// <summary>One batch of imported tickets with the journal's move in one transaction; and the end of a file, told to its compounds.</summary>
internal abstract class HistoryBatchWriter
{
    /// <summary>The outbox's state name for <see cref="Abstractions.HistoryImported"/>; to_version carries the tickets stored.</summary>
    public const string OutboxStateName = "history-import";

    /// <summary>Returns how many of the tickets were not stored before.</summary>
    public abstract Task<int> Write(string fileHash, IReadOnlyList<Ticket> tickets, int lastLine, CancellationToken cancellationToken);

    /// <summary>Marks the file finished and adds one history-import outbox row per compound, in one transaction.</summary>
    public abstract Task Finish(string fileHash, IReadOnlyDictionary<string, int> compounds, CancellationToken cancellationToken);
}
