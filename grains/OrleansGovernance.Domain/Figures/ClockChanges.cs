using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Domain.Figures;

/// <summary>
/// When a compound's figures next move with the clock alone, nothing else changing: an open request passing its
/// response limit unanswered (breached, and overdue on the response clock), its settle limit (overdue) or its 30th day
/// (long-running, <see cref="RequestCounts.LongRunning"/>), or the China day an unfinished milestone
/// becomes "at risk" or "overdue". A compound recomputes at that moment instead of on a period, so figures
/// the clock cannot move cost nothing to keep current, and those it can move do so on time.
/// </summary>
public static class ClockChanges
{
    /// <summary>
    /// The first instant after <paramref name="now"/> at which a milestone count of <paramref name="plans"/> differs;
    /// null when none can. A compound's requests keep their own queue of limits (<see cref="TicketTally.NextChange"/>).
    /// </summary>
    public static DateTimeOffset? ForPlans(IEnumerable<PlanFacts> plans, DateTimeOffset now)
    {
        DateTimeOffset? next = null;
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

    public static DateTimeOffset? Earliest(DateTimeOffset? held, DateTimeOffset? candidate) =>
        held is { } earlier && (candidate is null || earlier <= candidate) ? earlier : candidate;
}
