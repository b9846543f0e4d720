using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Abstractions.Stores;

/// <summary>
/// Reads a compound's tickets and plans straight from durable storage. The tickets and plans are the truth; a
/// compound's figures are derived from them, so a compound (re)builds what it knows from here when it activates and
/// reads what changed since its last look at intervals, which heals any event lost on the way.
/// </summary>
public interface ICompoundFactsSource
{
    Task<CompoundFacts> Load(string compoundId, DateTimeOffset? changedSince, CancellationToken cancellationToken);
}

/// <param name="ReadUpTo">Storage's own clock at the time of the read: the next read asks from a little before it.</param>
public sealed record CompoundFacts(IReadOnlyList<TicketFacts> Tickets, IReadOnlyList<PlanFacts> Plans, DateTimeOffset? ReadUpTo);
