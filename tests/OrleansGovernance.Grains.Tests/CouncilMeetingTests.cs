using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains.Tests;

/// <summary>A community's council meetings under the rule 大事共议、要事共决、急事共商, on the test cluster.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CouncilMeetingTests(ClusterFixture fixture)
{
    private readonly IClusterClient _grains = fixture.Client;

    [Fact]
    public async Task An_important_matter_decided_without_the_vote_of_its_compounds_property_manager_is_refused_and_nothing_is_recorded()
    {
        var (community, compound) = await WithCouncil();
        var ticket = await Escalated(compound);
        var matter = new AgreedMatter("Repaint the facades", "From the maintenance fund", [ticket.Id])
        {
            Class = MatterClass.Important,
            Concerns = [compound],
            Votes = [new PartyVote(new CouncilSeat(CouncilParty.CommunityPartyCommittee), Vote.For), new PartyVote(new CouncilSeat(CouncilParty.CompoundBranchSecretary, compound), Vote.For)],
        };

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            _grains.GetGrain<ICommunityGrain>(community).RecordMeeting(Draft(ticket.Id, matter), Places.Stamp("community")));

        Assert.Equal(RuleViolation.InvalidInput, refused.Violation);
        Assert.Contains($"missing from the votes: propertyManager of {compound}", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await _grains.GetGrain<ICommunityGrain>(community).GetMeetings());
        Assert.Equal(TicketStatus.Escalated, (await _grains.GetGrain<ITicketGrain>(ticket.Id).Get()).Status);
    }

    [Fact]
    public async Task A_carried_important_matter_is_recorded_settles_its_ticket_and_counts_by_form_and_class()
    {
        var (community, compound) = await WithCouncil();
        var ticket = await Escalated(compound);
        var grain = _grains.GetGrain<ICommunityGrain>(community);
        var seats = CouncilRules.Required((await grain.GetProfile()).Council!, [compound]);
        var matter = new AgreedMatter("Repaint the facades", "From the maintenance fund", [ticket.Id])
        {
            Class = MatterClass.Important,
            Concerns = [compound],
            Votes = [.. seats.Select(seat => new PartyVote(seat, Vote.For))],
        };

        var meeting = await grain.RecordMeeting(Draft(ticket.Id, matter), Places.Stamp("community"));

        Assert.Equal(CouncilMeetingForm.SpecialTopic, meeting.Form);
        Assert.Equal(TicketStatus.Settled, (await _grains.GetGrain<ITicketGrain>(ticket.Id).Get()).Status);
        var figures = (await Eventually.Until(grain.GetReport, r => r.Figures.Activity.CouncilMeetings == 1)).Figures;
        Assert.Equal((1, 1), (figures.Activity.Council.SpecialTopic, figures.Activity.Council.ImportantMatters));
    }

    private async Task<(string Community, string Compound)> WithCouncil()
    {
        var community = await Places.Community(_grains);
        var compound = await Places.Compound(_grains, community);
        await _grains.GetGrain<ICommunityGrain>(community).SetCouncil(new Council("Red Union Council", "红联议事厅",
        [
            new CouncilMember("吴斌斌", "community party committee secretary", CouncilParty.CommunityPartyCommittee),
            new CouncilMember("郑立华", "compound branch secretary", CouncilParty.CompoundBranchSecretary, compound),
            new CouncilMember("杨毅英", "property manager", CouncilParty.PropertyManager, compound),
        ]));
        return (community, compound);
    }

    private async Task<Ticket> Escalated(string compound)
    {
        var ticket = _grains.GetGrain<ITicketGrain>(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared));
        await ticket.Submit(new TicketSubmission(compound, TicketCategory.Other, TicketChannel.PropertyOffice, "facades", null, null), Places.Stamp("resident"));
        await ticket.Acknowledge(Places.Stamp());
        await ticket.Claim(ClaimingParty.Community, "community", Places.Stamp());
        return await ticket.Escalate(Places.Stamp());
    }

    private static MeetingDraft Draft(string ticketId, AgreedMatter matter) => new(
        MeetingKind.CouncilMeeting, "Red Union Council on the facades", ["community party committee", "branch", "property"],
        [new AgendaItem("Facades", ticketId, null)], [matter], Form: CouncilMeetingForm.SpecialTopic);
}
