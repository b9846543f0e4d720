using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Abstractions.Stores;

/// <summary>
/// Where a city's past requests are written in bulk: straight into grain storage, in batches, each batch in one
/// transaction with the journal line that lets a killed import resume after it. Imported tickets cause no
/// <see cref="TicketDelta"/> (residents never saw them change, so nothing that reacts to changes may hear of them);
/// when the file is finished, every compound it touched hears one <see cref="HistoryImported"/> instead, so each counts
/// its tickets afresh once, not once per batch.
/// </summary>
public interface IHistoryStore
{
    /// <summary>Every compound in storage, to resolve the ids, names and addresses an export names them by.</summary>
    Task<IReadOnlyList<CompoundEntry>> Compounds(CancellationToken cancellationToken);

    /// <summary>The journal of the file with this content hash, or null when it was never imported.</summary>
    Task<ImportJournal?> Journal(string fileHash, CancellationToken cancellationToken);

    /// <summary>Opens the file's journal (if it has none yet) before its first batch.</summary>
    Task Begin(ImportJournal journal, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the tickets not stored yet (a ticket whose id is already there is left as it is) and moves the journal to
    /// <paramref name="lastLine"/>, in one transaction. Returns how many were new.
    /// </summary>
    Task<int> Commit(string fileHash, IReadOnlyList<Ticket> tickets, int lastLine, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the file imported (a later run of the same file writes nothing) and, in the same transaction, tells each
    /// compound the file names (with its number of rows) that history was imported.
    /// </summary>
    Task Finish(string fileHash, IReadOnlyDictionary<string, int> compounds, CancellationToken cancellationToken);
}

/// <summary>A compound as an export may name it: its id, or its name in English or Chinese.</summary>
public sealed record CompoundEntry(string Id, string Name, string NameZh);

/// <summary>
/// One imported file, known by the SHA-256 of its content: its rows, the last line of the last batch committed, the
/// tickets it stored and those it found stored already, and whether it finished.
/// </summary>
public sealed record ImportJournal(
    string FileHash,
    string FileName,
    int Rows,
    int CommittedLine = 0,
    long Imported = 0,
    long AlreadyStored = 0,
    DateTimeOffset? FinishedAt = null);
