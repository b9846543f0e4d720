using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Visits;

namespace OrleansGovernance.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class DoorVisitTests(ClusterFixture fixture)
{
    private readonly IClusterClient _grains = fixture.Client;

    [Fact]
    public async Task A_recorded_visit_is_kept_in_its_months_log_and_shows_in_the_community_summary()
    {
        var community = await Places.Community(_grains);
        var compound = await Places.Compound(_grains, community);
        var register = _grains.GetGrain<IHouseholdRegisterGrain>(community);
        await register.Register(new HouseholdDraft("h-001", compound, InDifficulty: true), Places.Stamp());

        var visit = await register.RecordVisit(new VisitDraft("h-001", VisitKind.InDifficulty, "Needs a grab rail"), Places.Stamp("grid-worker"), null);

        var month = ChinaTime.Month(visit.VisitedAt);
        Assert.Equal([visit], await VisitLogs.Of(_grains, community, month).GetVisits());
        var figures = (await Eventually.Until(_grains.GetGrain<ICommunityGrain>(community).GetReport, r => r.Figures.Visits.Count == 1)).Figures;
        Assert.Equal(1, figures.Visits[month].InDifficulty);
        Assert.Equal((1, 1, 0), (figures.Cadence.Households, figures.Cadence.VisitedWithin, figures.Cadence.Overdue));
    }

    [Fact]
    public async Task A_visit_to_a_household_not_on_the_register_is_refused_and_nothing_is_kept()
    {
        var community = await Places.Community(_grains);
        var compound = await Places.Compound(_grains, community);
        var register = _grains.GetGrain<IHouseholdRegisterGrain>(community);
        await register.Register(new HouseholdDraft("h-001", compound, InDifficulty: false), Places.Stamp());

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            register.RecordVisit(new VisitDraft("h-404", VisitKind.NewResident, "Nobody home"), Places.Stamp(), null));

        Assert.Equal(RuleViolation.InvalidInput, refused.Violation);
        Assert.Empty(await VisitLogs.Of(_grains, community, ChinaTime.Month(DateTimeOffset.UtcNow)).GetVisits());
        Assert.Null((await register.GetWorkFigures())!.Figures.Visits.GetValueOrDefault(ChinaTime.Month(DateTimeOffset.UtcNow)));
    }

    [Fact]
    public async Task A_household_falling_overdue_with_the_clock_alone_raises_the_figures_version_once()
    {
        var community = await Places.Community(_grains);
        var compound = await Places.Compound(_grains, community);
        var register = HouseholdRegister.Open(community);
        register.Register(new HouseholdDraft("h-001", compound, InDifficulty: true), Places.Stamp() with { At = DateTimeOffset.UtcNow.AddDays(-1).AddSeconds(3) });
        register.SetCadence("h-001", 1);
        var grain = _grains.GetGrain<IHouseholdRegisterGrain>(community);
        await grain.Import(register, []);

        var before = (await grain.GetWorkFigures())!;
        var after = await Eventually.Until(async () => (await grain.GetWorkFigures())!, f => f.Figures.Cadence.Overdue == 1);

        Assert.Equal(0, before.Figures.Cadence.Overdue);
        Assert.True(after.Version > before.Version, "a community keeps only a newer version, so the overdue household would never reach it");
        Assert.Equal(after.Version, (await grain.GetWorkFigures())!.Version);
    }

    [Fact]
    public async Task A_register_for_a_community_never_defined_is_refused_as_not_found()
    {
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            _grains.GetGrain<IHouseholdRegisterGrain>("xiamen.nowhere.none").Register(new HouseholdDraft("h-001", "xiamen.nowhere.none.garden", false), Places.Stamp()));

        Assert.Equal(RuleViolation.NotFound, refused.Violation);
    }
}
