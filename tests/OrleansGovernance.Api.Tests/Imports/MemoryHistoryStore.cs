using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Tests.Imports;

/// <summary>The history store as a dictionary, for testing what the importer reads and decides without a database.</summary>
internal sealed class MemoryHistoryStore(params CompoundEntry[] compounds) : IHistoryStore
{
    public Dictionary<string, Ticket> Tickets { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ImportJournal> Journals { get; } = new(StringComparer.Ordinal);

    public int Batches { get; private set; }

    public Task<IReadOnlyList<CompoundEntry>> Compounds(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<CompoundEntry>>(compounds);

    public Task<ImportJournal?> Journal(string fileHash, CancellationToken cancellationToken) => Task.FromResult(Journals.GetValueOrDefault(fileHash));

    public Task Begin(ImportJournal journal, CancellationToken cancellationToken)
    {
        Journals.TryAdd(journal.FileHash, journal);
        return Task.CompletedTask;
    }

    public Task<int> Commit(string fileHash, IReadOnlyList<Ticket> tickets, int lastLine, CancellationToken cancellationToken)
    {
        var stored = tickets.Count(ticket => Tickets.TryAdd(ticket.Id, ticket));
        var journal = Journals[fileHash];
        Journals[fileHash] = journal with { CommittedLine = lastLine, Imported = journal.Imported + stored, AlreadyStored = journal.AlreadyStored + tickets.Count - stored };
        Batches++;
        return Task.FromResult(stored);
    }

    public Dictionary<string, int> Told { get; } = new(StringComparer.Ordinal);

    public Task Finish(string fileHash, IReadOnlyDictionary<string, int> compounds, CancellationToken cancellationToken)
    {
        foreach (var (compound, tickets) in compounds)
        {
            Told[compound] = tickets;
        }

        Journals[fileHash] = Journals[fileHash] with { FinishedAt = DateTimeOffset.UtcNow };
        return Task.CompletedTask;
    }
}
