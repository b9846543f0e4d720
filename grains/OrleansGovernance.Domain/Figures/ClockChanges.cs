using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Domain.Figures;

/// <summary>
/// When a compound's figures next move with the clock alone, nothing else changing: an open request passing its
/// response limit unanswered (breached) or its settle limit (overdue), or the China day an unfinished milestone
/// becomes "at risk" or "overdue". A compound recomputes at that moment instead of on a period, so figures
/// the clock cannot move cost nothing to keep current, and those it can move do so on time.
/// </summary>
public static class ClockChanges
{
    /// <summary>The first instant after <paramref name="now"/> at which a clock-driven count differs; null when none can.</summary>
    public static DateTimeOffset? Next(IEnumerable<TicketFacts> tickets, IEnumerable<PlanFacts> plans, DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        foreach (var ticket in tickets.Where(t => t.Status.IsOpen()))
        {
            // "Past the limit" means strictly later than it: the count moves one tick after the limit.
            if (ticket.RespondedAt is null && ticket.ResponseDue >= now)
            {
                next = Earliest(next, ticket.ResponseDue.AddTicks(1));
            }

            if (ticket.SettleDue >= now)
            {
                next = Earliest(next, ticket.SettleDue.AddTicks(1));
            }
        }

        var today = ChinaTime.Date(now);
        foreach (var milestone in plans.SelectMany(plan => plan.Milestones).Where(m => !m.Done))
        {
            var atRiskFrom = milestone.Due.AddDays(-Plan.AtRiskDays);
            if (today < atRiskFrom)
            {
                next = Earliest(next, StartOf(atRiskFrom));
            }
            else if (today <= milestone.Due)
            {
                next = Earliest(next, StartOf(milestone.Due.AddDays(1)));
            }
        }

        return next;
    }

    private static DateTimeOffset StartOf(DateOnly chinaDay) => new(chinaDay.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);

    private static DateTimeOffset Earliest(DateTimeOffset? held, DateTimeOffset candidate) =>
        held is { } earlier && earlier <= candidate ? earlier : candidate;
}
