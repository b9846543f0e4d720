using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Abstractions.Stores;

/// <summary>
/// Reads a compound's tickets and plans straight from durable storage. The tickets and plans are the truth; a
/// compound's figures are counters derived from them, rebuilt from here when it activates or is told to heal, and
/// kept current between rebuilds by the <see cref="CompoundChanges"/> stream.
/// </summary>
public interface ICompoundFactsSource
{
    /// <summary>
    /// Reads, in one snapshot of the store, the facts of every ticket of the compound (each handed to
    /// <paramref name="ticket"/> with its stored version as it is read, never all held at once), its plans, and the
    /// stored versions of its tickets whose changes are still on their way in the outbox.
    /// </summary>
    Task<CompoundSnapshot> Read(string compoundId, Action<TicketFacts, int> ticket, CancellationToken cancellationToken);

    /// <summary>The ids of the compound's tickets that match, newest first, at most <see cref="TicketQuery.Take"/>.</summary>
    Task<IReadOnlyList<string>> Find(string compoundId, TicketQuery query, CancellationToken cancellationToken);
}

/// <param name="Plans">Every plan of the compound with its stored version.</param>
/// <param name="TicketsInFlight">Stored version of each ticket with a change still in the outbox: what the snapshot already counts.</param>
/// <param name="ReadAt">The store's clock at the snapshot.</param>
public sealed record CompoundSnapshot(
    IReadOnlyList<StoredPlan> Plans,
    IReadOnlyDictionary<string, int> TicketsInFlight,
    DateTimeOffset ReadAt);

public sealed record StoredPlan(PlanFacts Facts, int Version);
