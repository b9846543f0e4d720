using OrleansGovernance.Domain.Tickets;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Tickets;

public sealed class TicketFactsTests
{
    [Fact]
    public void Facts_carry_the_clock_and_the_version_of_the_ticket_but_no_personal_data()
    {
        var ticket = TicketIn(TicketStatus.Rated);

        var facts = ticket.Facts;

        Assert.Equal(
            new TicketFacts(
                ticket.Id, 5, TicketCategory.ObjectsThrownFromHeight, TicketStatus.Rated, T0, T0.AddMinutes(5), T0.AddDays(7),
                T0.AddMinutes(1), T0.AddMinutes(2), null, T0.AddMinutes(3), SatisfactionLevel.Satisfied, 0),
            facts);
    }

    [Fact]
    public void An_acknowledgement_after_the_limit_is_a_breach_for_good()
    {
        var ticket = NewTicket(T0);
        ticket.Acknowledge(At(T0.AddMinutes(6)));

        Assert.True(ticket.Facts.IsBreached(T0.AddMinutes(6)));
        Assert.True(ticket.Facts.IsBreached(T0.AddDays(30)));
    }

    [Fact]
    public void An_acknowledgement_exactly_at_the_limit_is_in_time()
    {
        var ticket = NewTicket(T0);
        ticket.Acknowledge(At(T0.AddMinutes(5)));

        Assert.False(ticket.Facts.IsBreached(T0.AddDays(30)));
    }

    [Fact]
    public void An_unanswered_ticket_is_breached_once_the_limit_has_run_out()
    {
        var facts = NewTicket(T0).Facts;

        Assert.False(facts.IsBreached(T0.AddMinutes(4)));
        Assert.False(facts.IsBreached(T0.AddMinutes(5)));
        Assert.True(facts.IsBreached(T0.AddMinutes(5).AddSeconds(1)));
    }

    [Fact]
    public void A_ticket_answered_in_time_is_never_breached()
    {
        var ticket = NewTicket(T0);
        ticket.Acknowledge(At(T0.AddMinutes(2)));
        ticket.Claim(ClaimingParty.PropertyCompany, "Chengfa property", At(T0.AddHours(1)));

        Assert.False(ticket.Facts.IsBreached(T0.AddMinutes(10)));
        Assert.False(ticket.Facts.IsBreached(T0.AddDays(30)));
    }

    [Fact]
    public void A_late_rejection_is_a_late_first_answer()
    {
        var ticket = NewTicket(T0);
        ticket.Reject(At(T0.AddMinutes(20), Reason));

        Assert.True(ticket.Facts.IsBreached(T0.AddMinutes(20)));
    }

    [Fact]
    public void The_response_limit_of_the_category_decides_the_breach()
    {
        var policy = new ServiceLevelPolicy(
            new Dictionary<TicketCategory, TimeSpan> { [TicketCategory.AccessAndGates] = TimeSpan.FromHours(1) },
            TimeSpan.FromDays(7));
        var facts = NewTicket(T0, category: TicketCategory.AccessAndGates, policy: policy).Facts;

        Assert.False(facts.IsBreached(T0.AddMinutes(30)));
        Assert.True(facts.IsBreached(T0.AddMinutes(61)));
    }

    [Fact]
    public void An_open_ticket_past_its_settle_limit_is_overdue()
    {
        var ticket = TicketIn(TicketStatus.Claimed);

        Assert.False(ticket.Facts.IsOverdue(T0.AddDays(7)));
        Assert.True(ticket.Facts.IsOverdue(T0.AddDays(7).AddSeconds(1)));
    }

    [Theory]
    [InlineData(TicketStatus.Settled)]
    [InlineData(TicketStatus.Rated)]
    [InlineData(TicketStatus.Rejected)]
    [InlineData(TicketStatus.Duplicate)]
    public void A_closed_ticket_is_never_overdue(TicketStatus status)
    {
        var ticket = TicketIn(status);

        Assert.False(ticket.Facts.IsOverdue(T0.AddDays(30)));
    }

    [Fact]
    public void An_escalated_ticket_is_still_open_and_can_be_overdue()
    {
        var ticket = TicketIn(TicketStatus.Escalated);

        Assert.True(ticket.Facts.IsOverdue(T0.AddDays(8)));
    }
}
