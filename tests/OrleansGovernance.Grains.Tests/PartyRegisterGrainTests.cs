using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Party;

namespace OrleansGovernance.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class PartyRegisterGrainTests(ClusterFixture fixture)
{
    private readonly IClusterClient _grains = fixture.Client;

    [Fact]
    public async Task Members_teams_and_services_reach_the_community_and_every_level_above()
    {
        var community = await Places.Community(_grains);
        var compound = await Places.Compound(_grains, community);
        var register = _grains.GetGrain<IPartyRegisterGrain>(community);
        var today = ChinaTime.Date(DateTimeOffset.UtcNow);

        await register.RegisterMember(new PartyMemberDraft("Chen Lin", "13800000000", MemberStanding.InWork, "Jimei tax office", compound, today));
        await register.RegisterMember(new PartyMemberDraft("Wu Fang", null, MemberStanding.Retired, null, null, today));
        var team = await register.FormTeam(new ServiceTeamDraft("Lift patrol", "电梯巡查队", compound, ["pm-1"]));
        await register.JoinTeam(team.Id, "pm-2");
        var activity = await register.RecordActivity(new ServiceActivityDraft(today, team.Id, ["pm-1", "pm-2"], 1.5m, 12, "Checked the lifts"), Places.Stamp());

        var month = (today.Year * 100) + today.Month;
        foreach (var place in new IPlaceFiguresGrain[] { _grains.GetGrain<ICommunityGrain>(community), _grains.GetGrain<IRegionGrain>(PlaceIds.ParentOf(community)!) })
        {
            var figures = (await Eventually.Until(place.GetReport, r => r.Figures.PartyService.ContainsKey(month))).Figures;
            Assert.Equal((1, 1, 2), (figures.Party.RegisteredInWork, figures.Party.RegisteredRetired, figures.Party.ActiveLastQuarter));
            Assert.Equal(1, figures.Organisation.VanguardTeams);
            Assert.Equal((1, 3m, 12), (figures.PartyService[month].Activities, figures.PartyService[month].ServiceHours, figures.PartyService[month].ResidentsServed));
        }

        var filed = Assert.Single(await register.GetActivities(month));
        Assert.Equal(activity.Id, filed.Id);
        Assert.Equal(["pm-1", "pm-2"], filed.MemberIds);
    }

    [Fact]
    public async Task A_register_of_a_community_that_does_not_exist_refuses_and_keeps_nothing()
    {
        var register = _grains.GetGrain<IPartyRegisterGrain>($"nowhere{Guid.NewGuid():N}"[..16] + ".community");

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            register.RegisterMember(new PartyMemberDraft("Chen Lin", null, MemberStanding.Retired, null, null, new DateOnly(2023, 1, 1))));

        Assert.Equal(RuleViolation.NotFound, refused.Violation);
        Assert.Null(await register.GetWorkFigures());
    }

    [Fact]
    public async Task A_service_refused_by_the_register_files_nothing_in_the_month_log()
    {
        var community = await Places.Community(_grains);
        var register = _grains.GetGrain<IPartyRegisterGrain>(community);
        var today = ChinaTime.Date(DateTimeOffset.UtcNow);
        await register.RegisterMember(new PartyMemberDraft("Wu Fang", null, MemberStanding.Retired, null, null, today));
        await register.FormTeam(new ServiceTeamDraft("Elder visits", "敬老服务队", null, ["pm-1"]));

        await Assert.ThrowsAsync<DomainRuleException>(() =>
            register.RecordActivity(new ServiceActivityDraft(today, "team-1", ["pm-7"], 1m, 1, "Visited elders"), Places.Stamp()));

        Assert.Empty(await register.GetActivities((today.Year * 100) + today.Month));
        Assert.Empty((await register.GetWorkFigures())!.Figures.PartyService);
    }
}
