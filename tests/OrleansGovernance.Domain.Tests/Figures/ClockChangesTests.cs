using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;
using static OrleansGovernance.Domain.Tests.Figures.FiguresScenario;

namespace OrleansGovernance.Domain.Tests.Figures;

public sealed class ClockChangesTests
{
    [Fact]
    public void Between_one_clock_change_and_the_next_no_figure_moves_and_at_each_change_one_does()
    {
        var tickets = AllTickets();
        PlanFacts[] plans = [HualingPlan(), DormitoryPlan()];
        var at = Now;
        var changes = 0;
        for (var next = Next(tickets, plans, at); next is { } change && changes < 20; next = Next(tickets, plans, at))
        {
            var held = Moving(tickets, plans, at);
            Assert.True(change > at);
            Assert.Equal(held, Moving(tickets, plans, at + ((change - at) / 2)));
            Assert.Equal(held, Moving(tickets, plans, change.AddTicks(-1)));
            Assert.NotEqual(held, Moving(tickets, plans, change));
            at = change;
            changes++;
        }

        // The scenario's open requests (limits pending) and unfinished milestones (days to come) make several changes.
        Assert.True(changes >= 3, $"only {changes} clock changes found");
    }

    [Fact]
    public void Settled_requests_and_finished_plans_never_move_with_the_clock()
    {
        var settled = AllTickets().Where(t => !t.Status.IsOpen()).ToList();
        var finished = new PlanFacts("plan-done", 1, [new MilestoneFacts(DateOnly.FromDateTime(Now.UtcDateTime), 1, true, Now)]);

        Assert.NotEmpty(settled);
        Assert.Null(Next(settled, [finished], Now));
    }

    [Fact]
    public void A_request_answered_in_time_still_moves_when_its_settle_limit_passes()
    {
        var open = AllTickets().First(t => t.Status.IsOpen() && t.RespondedAt is not null && t.SettleDue > Now);

        Assert.Equal(open.SettleDue.AddTicks(1), Next([open], [], Now));
    }

    /// <summary>When a compound's figures next move with the clock alone: its requests' queue of limits, or a milestone's day.</summary>
    private static DateTimeOffset? Next(IEnumerable<TicketFacts> tickets, IEnumerable<PlanFacts> plans, DateTimeOffset now)
    {
        var tally = new TicketTally(now);
        foreach (var ticket in tickets)
        {
            tally.Include(ticket);
        }

        return ClockChanges.Earliest(tally.NextChange(), ClockChanges.ForPlans(plans, now));
    }

    /// <summary>The counts only the clock moves; the day windows are placed at presentation from the read time.</summary>
    private static (int, int, int, int, int) Moving(IReadOnlyList<TicketFacts> tickets, IReadOnlyList<PlanFacts> plans, DateTimeOffset at)
    {
        var f = FiguresCalculator.ForCompound(Hualing(), null, tickets, plans, 0, at);
        return (f.Requests.Breached, f.Requests.Overdue, f.Requests.OpenLongRunning, f.Plans.Overdue, f.Plans.AtRisk);
    }
}
