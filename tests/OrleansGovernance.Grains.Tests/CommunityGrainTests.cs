using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class CommunityGrainTests(ClusterFixture fixture)
{
    private readonly IClusterClient _grains = fixture.Client;

    [Fact]
    public async Task A_joint_meeting_settles_the_escalated_tickets_its_agreed_matters_name()
    {
        var community = await Places.Community(_grains);
        var compound = await Places.Compound(_grains, community);
        var ticket = await Escalated(compound);

        var meeting = await _grains.GetGrain<ICommunityGrain>(community).RecordMeeting(Meeting(ticket.Id), Places.Stamp("community"));

        Assert.Equal(TicketStatus.Settled, (await _grains.GetGrain<ITicketGrain>(ticket.Id).Get()).Status);
        var figures = (await Eventually.Until(_grains.GetGrain<ICommunityGrain>(community).GetReport, r => r.Figures.Requests.Settled == 1)).Figures;
        Assert.Equal((1, 1, 1), (figures.Activity.JointMeetings, figures.Activity.AgreedMatters, figures.Requests.Settled));
        Assert.Equal("meeting-0001", meeting.Id);
    }

    [Fact]
    public async Task A_meeting_naming_a_ticket_that_cannot_be_settled_is_refused_and_nothing_is_recorded()
    {
        var community = await Places.Community(_grains);
        var compound = await Places.Compound(_grains, community);
        var fresh = await _grains.GetGrain<ITicketGrain>(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared))
            .Submit(new TicketSubmission(compound, TicketCategory.Noise, TicketChannel.WalkIn, "noise", null, null), Places.Stamp());

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            _grains.GetGrain<ICommunityGrain>(community).RecordMeeting(Meeting(fresh.Id), Places.Stamp("community")));

        Assert.Equal(RuleViolation.InvalidTransition, refused.Violation);
        Assert.Empty(await _grains.GetGrain<ICommunityGrain>(community).GetMeetings());
        Assert.Equal(TicketStatus.Submitted, (await _grains.GetGrain<ITicketGrain>(fresh.Id).Get()).Status);
    }

    [Fact]
    public async Task Demands_claimed_against_listed_resources_are_counted_per_year()
    {
        var community = _grains.GetGrain<ICommunityGrain>(await Places.Community(_grains));
        var resource = await community.ListResource(new ResourceDraft("Lunch delivery", "home-care station"), Places.Stamp());
        var demand = await community.CollectDemand(new DemandDraft("Lunch for an elderly resident", DemandChannel.HappinessMailbox, null), Places.Stamp());

        await community.ClaimDemand(new ClaimDraft(demand.Id, resource.Id, null), Places.Stamp());
        var twice = await Assert.ThrowsAsync<DomainRuleException>(() => community.ClaimDemand(new ClaimDraft(demand.Id, resource.Id, null), Places.Stamp()));

        Assert.Equal(RuleViolation.Conflict, twice.Violation);
        var report = await Eventually.Until(community.GetReport, r => r.Figures.Activity.DemandsClaimed == 1);
        var year = report.Figures.Year(ChinaTime.Year(DateTimeOffset.UtcNow));
        Assert.Equal((1, 1, 1), (year.ResourcesListed, year.DemandsCollected, year.DemandsClaimed));
    }

    private async Task<Ticket> Escalated(string compound)
    {
        var ticket = _grains.GetGrain<ITicketGrain>(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared));
        await ticket.Submit(new TicketSubmission(compound, TicketCategory.AccessAndGates, TicketChannel.PropertyOffice, "west gate", null, null), Places.Stamp("resident"));
        await ticket.Acknowledge(Places.Stamp());
        await ticket.Claim(ClaimingParty.Community, "community", Places.Stamp());
        return await ticket.Escalate(Places.Stamp());
    }

    private static MeetingDraft Meeting(string ticketId) => new(
        MeetingKind.JointMeeting, "Joint meeting", ["community", "branch", "owners' committee", "property"],
        [new AgendaItem("West gate", ticketId, null)],
        [new AgreedMatter("Open a west gate", "agreed with the landscaping centre", [ticketId])]);
}
