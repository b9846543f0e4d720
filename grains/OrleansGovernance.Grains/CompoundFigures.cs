using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains;

/// <summary>The latest facts a compound holds about its tickets and plans; older news than what it holds is ignored.</summary>
internal sealed class CompoundFigures
{
    public Dictionary<string, TicketFacts> Tickets { get; } = [];

    public Dictionary<string, PlanFacts> Plans { get; } = [];

    /// <summary>Takes what is newer; answers whether anything changed.</summary>
    public bool Merge(IEnumerable<TicketFacts> tickets, IEnumerable<PlanFacts> plans)
    {
        var changed = false;
        foreach (var ticket in tickets)
        {
            if (!Tickets.TryGetValue(ticket.Id, out var held) || held.Version < ticket.Version)
            {
                Tickets[ticket.Id] = ticket;
                changed = true;
            }
        }

        foreach (var plan in plans)
        {
            if (!Plans.TryGetValue(plan.Id, out var held) || held.Version < plan.Version)
            {
                Plans[plan.Id] = plan;
                changed = true;
            }
        }

        return changed;
    }
}
