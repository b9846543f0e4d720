using OrleansGovernance.Domain.Tickets;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Tickets;

public sealed class TicketEventsTests
{
    [Fact]
    public void A_new_ticket_is_filed()
    {
        Assert.Equal([TicketEvent.Filed], TicketEvents.Between(null, NewTicket(T0).Facts));
    }

    [Theory]
    [InlineData(TicketStatus.Submitted, TicketStatus.Acknowledged, TicketEvent.Acknowledged)]
    [InlineData(TicketStatus.Acknowledged, TicketStatus.Claimed, TicketEvent.Claimed)]
    [InlineData(TicketStatus.Acknowledged, TicketStatus.Escalated, TicketEvent.Escalated)]
    [InlineData(TicketStatus.Claimed, TicketStatus.Settled, TicketEvent.Settled)]
    [InlineData(TicketStatus.Settled, TicketStatus.Rated, TicketEvent.Rated)]
    [InlineData(TicketStatus.Submitted, TicketStatus.Rejected, TicketEvent.Rejected)]
    [InlineData(TicketStatus.Submitted, TicketStatus.Duplicate, TicketEvent.MarkedDuplicate)]
    public void Each_step_is_named_once(TicketStatus from, TicketStatus to, TicketEvent expected)
    {
        Assert.Equal([expected], TicketEvents.Between(TicketIn(from).Facts, TicketIn(to).Facts));
    }

    [Fact]
    public void Reopening_a_rated_ticket_is_a_reopening_and_nothing_else()
    {
        var ticket = TicketIn(TicketStatus.Rated);
        var before = ticket.Facts;
        ticket.Reopen(After(ticket, Reason));

        Assert.Equal([TicketEvent.Reopened], TicketEvents.Between(before, ticket.Facts));
    }

    [Fact]
    public void Going_to_the_joint_meeting_again_after_a_claim_is_an_escalation()
    {
        var ticket = TicketIn(TicketStatus.Escalated);
        ticket.Claim(ClaimingParty.Community, "Fangzhi community", After(ticket));
        var claimed = ticket.Facts;
        ticket.Escalate(After(ticket));

        Assert.Equal([TicketEvent.Escalated], TicketEvents.Between(claimed, ticket.Facts));
    }

    [Fact]
    public void A_row_written_after_several_steps_names_each_in_lifecycle_order()
    {
        var settled = TicketIn(TicketStatus.Settled);

        Assert.Equal(
            [TicketEvent.Acknowledged, TicketEvent.Claimed, TicketEvent.Settled],
            TicketEvents.Between(TicketIn(TicketStatus.Submitted).Facts, settled.Facts));
    }

    [Fact]
    public void The_same_version_twice_names_nothing()
    {
        var facts = TicketIn(TicketStatus.Claimed).Facts;

        Assert.Empty(TicketEvents.Between(facts, facts));
    }

    [Fact]
    public void Reporters_are_told_of_the_five_steps_they_wait_for()
    {
        var told = Enum.GetValues<TicketEvent>().Where(e => e.IsToldToReporter());

        Assert.Equal([TicketEvent.Acknowledged, TicketEvent.Reopened, TicketEvent.Claimed, TicketEvent.Escalated, TicketEvent.Settled], told);
    }

    [Fact]
    public void Every_event_name_parses_back_and_no_other_does()
    {
        foreach (var ticketEvent in Enum.GetValues<TicketEvent>())
        {
            Assert.True(TicketEvents.TryParse(ticketEvent.Name(), out var parsed));
            Assert.Equal(ticketEvent, parsed);
        }

        Assert.Equal("marked-duplicate", TicketEvent.MarkedDuplicate.Name());
        Assert.False(TicketEvents.TryParse("Settled", out _));
        Assert.False(TicketEvents.TryParse("deleted", out _));
    }
}
