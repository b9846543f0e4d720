using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Tickets;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Figures;

/// <summary>The counters the four aims read: settled without reopening, escalated then settled, and long-running requests.</summary>
public sealed class FourAimsCountsTests
{
    [Fact]
    public void A_request_settled_again_after_reopening_counts_as_settled_but_not_settled_first_time()
    {
        var first = TicketIn(TicketStatus.Settled);
        var again = TicketIn(TicketStatus.Settled);
        again.Reopen(After(again, "still dripping"));
        again.Claim(ClaimingParty.PropertyCompany, "Chengfa property", After(again));
        again.Settle(After(again));

        var requests = Recount(first, again).Requests;

        Assert.Equal((2, 1), (requests.Settled, requests.SettledFirstTime));
    }

    [Fact]
    public void An_escalated_request_counts_as_escalated_settled_only_once_settled()
    {
        var open = TicketIn(TicketStatus.Escalated);
        var settled = TicketIn(TicketStatus.Escalated);
        settled.Settle(After(settled));

        var requests = Recount(open, settled).Requests;

        Assert.Equal((2, 1), (requests.Escalated, requests.EscalatedSettled));
    }

    [Fact]
    public void A_request_is_long_running_once_open_more_than_30_days_and_counts_as_such_when_settled()
    {
        var open = TicketIn(TicketStatus.Claimed);
        var settledLate = TicketIn(TicketStatus.Claimed);
        settledLate.Settle(At(T0.AddDays(31)));
        var settledSoon = TicketIn(TicketStatus.Claimed);
        settledSoon.Settle(At(T0.AddDays(29)));

        var atThirty = Recount(T0.AddDays(30), open, settledLate, settledSoon).Requests;
        var later = Recount(T0.AddDays(40), open, settledLate, settledSoon).Requests;

        Assert.Equal((0, 1), (atThirty.OpenLongRunning, atThirty.SettledLongRunning));
        Assert.Equal((1, 1), (later.OpenLongRunning, later.SettledLongRunning));
    }

    [Fact]
    public void A_tally_moves_a_request_to_long_running_when_its_30_days_pass_as_a_recount_does()
    {
        var open = TicketIn(TicketStatus.Claimed);
        var tally = new TicketTally(T0.AddDays(1));
        tally.Include(TicketFacts.Of(open));

        var figures = new PlaceFigures();
        tally.AddTo(figures, T0.AddDays(31));

        Assert.Equal(1, figures.Requests.OpenLongRunning);
        Assert.Equal(Recount(T0.AddDays(31), open).Requests.OpenLongRunning, figures.Requests.OpenLongRunning);
    }

    private static PlaceFigures Recount(params Ticket[] tickets) => Recount(T0.AddDays(60), tickets);

    private static PlaceFigures Recount(DateTimeOffset now, params Ticket[] tickets)
    {
        var figures = new PlaceFigures();
        foreach (var ticket in tickets)
        {
            TicketContribution.Count(figures, TicketFacts.Of(ticket), now, new FiguresCalculator.Windows(now));
        }

        return figures;
    }
}
