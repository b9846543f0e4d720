using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class TicketGrainTests(ClusterFixture fixture)
{
    private readonly IClusterClient _grains = fixture.Client;

    [Fact]
    public async Task A_submitted_ticket_is_counted_by_its_compound_community_and_city()
    {
        var community = await Places.Community(_grains);
        var compound = await Places.Compound(_grains, community);

        var ticket = await Submit(compound);
        await _grains.GetGrain<ITicketGrain>(ticket.Id).Acknowledge(Places.Stamp("grid worker"));

        foreach (IPlaceFiguresGrain place in new IPlaceFiguresGrain[]
        {
            _grains.GetGrain<ICompoundGrain>(compound),
            _grains.GetGrain<ICommunityGrain>(community),
            _grains.GetGrain<IRegionGrain>(community.Split('.')[0]),
        })
        {
            var requests = (await Eventually.Until(place.GetReport, r => r.Figures.Requests.AcknowledgedWithinLimit == 1)).Figures.Requests;
            Assert.Equal((1, 1, 1, 0), (requests.Submitted, requests.Open, requests.AcknowledgedWithinLimit, requests.Breached));
        }
    }

    [Fact]
    public async Task A_filing_into_a_compound_not_yet_defined_is_refused_until_the_compound_is_defined()
    {
        var community = await Places.Community(_grains);
        var compoundId = $"{community}.later";

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Submit(compoundId));
        Assert.Equal(RuleViolation.InvalidInput, refused.Violation);

        await Places.Compound(_grains, community, "later");
        var ticket = await Submit(compoundId);
        await Submit(compoundId);

        Assert.Equal(compoundId, ticket.CompoundId);
        var figures = await Eventually.Until(_grains.GetGrain<ICompoundGrain>(compoundId).GetReport, r => r.Figures.Requests.Submitted == 2);
        Assert.Equal(2, figures.Figures.Requests.Open);
    }

    [Fact]
    public async Task An_illegal_transition_is_refused_and_changes_nothing()
    {
        var compound = await Places.Compound(_grains, await Places.Community(_grains));
        var ticket = _grains.GetGrain<ITicketGrain>((await Submit(compound)).Id);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => ticket.Settle(Places.Stamp()));

        Assert.Equal(RuleViolation.InvalidTransition, refused.Violation);
        var after = await ticket.Get();
        Assert.Equal(TicketStatus.Submitted, after.Status);
        Assert.Equal(1, after.Version);
        var figures = await Eventually.Until(_grains.GetGrain<ICompoundGrain>(compound).GetReport, r => r.Figures.Requests.Submitted == 1);
        Assert.Equal(0, figures.Figures.Requests.Settled);
    }

    [Fact]
    public async Task The_whole_lifecycle_shows_in_the_figures_and_a_reopen_withdraws_the_rating()
    {
        var compound = await Places.Compound(_grains, await Places.Community(_grains));
        var ticket = _grains.GetGrain<ITicketGrain>((await Submit(compound)).Id);
        var figures = _grains.GetGrain<ICompoundGrain>(compound);

        await ticket.Acknowledge(Places.Stamp());
        await ticket.Claim(ClaimingParty.PropertyCompany, "Company A", Places.Stamp());
        await ticket.Escalate(Places.Stamp(note: "needs the owners' committee"));
        await ticket.Settle(Places.Stamp());
        await ticket.Rate(SatisfactionLevel.Dissatisfied, Places.Stamp("resident"));
        var rated = (await Eventually.Until(figures.GetReport, r => r.Figures.Satisfaction.Rated == 1)).Figures;
        Assert.Equal((1, 1, 1, 0, 1), (rated.Requests.Settled, rated.Requests.Escalated, rated.Satisfaction.Rated, rated.Requests.Open, rated.Satisfaction.Dissatisfied));

        var reopened = await ticket.Reopen(Places.Stamp("resident", "still leaking"));

        Assert.Equal(TicketStatus.Acknowledged, reopened.Status);
        Assert.Equal(7, reopened.History.Count);
        var after = (await Eventually.Until(figures.GetReport, r => r.Figures.Requests.Reopened == 1)).Figures;
        Assert.Equal((0, 0, 1, 1), (after.Requests.Settled, after.Satisfaction.Rated, after.Requests.Open, after.Requests.Reopened));
    }

    [Fact]
    public async Task Submitting_to_an_unknown_compound_is_refused_and_stores_nothing()
    {
        var id = TicketIds.New(DateTimeOffset.UtcNow, Random.Shared);
        var ticket = _grains.GetGrain<ITicketGrain>(id);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => ticket.Submit(
            new TicketSubmission("nowhere.at.all", TicketCategory.Noise, TicketChannel.WalkIn, "noise", null, null), Places.Stamp()));

        Assert.Equal(RuleViolation.InvalidInput, refused.Violation);
        Assert.False(await fixture.IsStored<Ticket>("ticket", ticket.GetGrainId()));
    }

    [Fact]
    public async Task Reading_an_unknown_ticket_answers_not_found_and_leaves_nothing_behind()
    {
        var ticket = _grains.GetGrain<ITicketGrain>(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared));

        var refused = await Assert.ThrowsAsync<DomainRuleException>(ticket.Get);

        Assert.Equal(RuleViolation.NotFound, refused.Violation);
        Assert.False(await fixture.IsStored<Ticket>("ticket", ticket.GetGrainId()));
    }

    [Fact]
    public async Task Importing_a_ticket_twice_changes_nothing_the_second_time()
    {
        var compound = await Places.Compound(_grains, await Places.Community(_grains));
        var built = Ticket.Submit(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared),
            new TicketSubmission(compound, TicketCategory.Sanitation, TicketChannel.Hotline, "bins overflowing", null, null),
            ServiceLevelPolicy.Default, Places.Stamp());
        var grain = _grains.GetGrain<ITicketGrain>(built.Id);
        var figures = _grains.GetGrain<ICompoundGrain>(compound);

        await grain.Import(built);
        built.Acknowledge(Places.Stamp());
        await grain.Import(built);

        Assert.Equal(TicketStatus.Submitted, (await grain.Get()).Status);
        var requests = (await Eventually.Until(figures.GetReport, r => r.Figures.Requests.Submitted == 1)).Figures.Requests;
        Assert.Equal(0, requests.Acknowledged);
    }

    [Fact]
    public async Task Rebuilding_a_compounds_figures_from_storage_finds_what_its_stream_brought()
    {
        var compound = await Places.Compound(_grains, await Places.Community(_grains));
        var acknowledged = await Submit(compound);
        await _grains.GetGrain<ITicketGrain>(acknowledged.Id).Acknowledge(Places.Stamp());
        await Submit(compound);
        var figures = _grains.GetGrain<ICompoundGrain>(compound);
        var streamed = (await Eventually.Until(figures.GetReport, r => r.Figures.Requests is { Submitted: 2, Acknowledged: 1 })).Figures.Requests;

        var rebuild = await figures.RebuildFigures();

        var rebuilt = (await figures.GetReport()).Figures.Requests;
        Assert.Equal((2, 0), (rebuild.TicketsRead, rebuild.PlansRead));
        Assert.Equal((streamed.Submitted, streamed.Open, streamed.Acknowledged), (rebuilt.Submitted, rebuilt.Open, rebuilt.Acknowledged));
    }

    private async Task<Ticket> Submit(string compound) =>
        await _grains.GetGrain<ITicketGrain>(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared)).Submit(
            new TicketSubmission(compound, TicketCategory.EbikeInLift, TicketChannel.PropertyOffice, "e-bike in lift B", "Building 3", new ReporterContact("陈阿姨", "13800001234")),
            Places.Stamp("resident"));
}
