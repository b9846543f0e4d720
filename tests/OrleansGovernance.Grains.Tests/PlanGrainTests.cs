using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class PlanGrainTests(ClusterFixture fixture)
{
    private readonly IClusterClient _grains = fixture.Client;

    [Fact]
    public async Task Ticking_milestones_moves_weighted_progress_in_the_compound_figures()
    {
        var compound = await Places.Compound(_grains, await Places.Community(_grains));
        var plan = await Create(compound);

        await _grains.GetGrain<IPlanGrain>(plan.Id).Tick("road", Places.Stamp("Chengfa property", "resurfaced"), expectedVersion: plan.Version);

        var figures = (await Eventually.Until(_grains.GetGrain<ICompoundGrain>(compound).GetReport, r => r.Figures.Plans.Done == 1)).Figures.Plans;
        Assert.Equal((1, 2, 1, 3, 4), (figures.Plans, figures.Milestones, figures.Done, figures.WeightDone, figures.WeightTotal));
        Assert.Contains(plan.Id, (await _grains.GetGrain<ICompoundGrain>(compound).GetProfile()).Plans);
    }

    [Fact]
    public async Task A_tick_made_against_a_stale_version_is_refused_and_changes_nothing()
    {
        var compound = await Places.Compound(_grains, await Places.Community(_grains));
        var plan = await Create(compound);
        var grain = _grains.GetGrain<IPlanGrain>(plan.Id);
        await grain.Tick("road", Places.Stamp("owner one"), plan.Version);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => grain.Tick("shelter", Places.Stamp("owner two"), plan.Version));

        Assert.Equal(RuleViolation.StaleVersion, refused.Violation);
        Assert.False((await grain.Get()).Find("shelter").Done);
    }

    [Fact]
    public async Task A_plan_for_an_unknown_compound_is_refused_and_stores_nothing()
    {
        var grain = _grains.GetGrain<IPlanGrain>("nowhere.compound.plan-x");

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => grain.Create(Draft("nowhere.compound")));

        Assert.Equal(RuleViolation.NotFound, refused.Violation);
        Assert.False(await fixture.IsStored<Plan>("plan", grain.GetGrainId()));
    }

    private async Task<Plan> Create(string compound) =>
        await _grains.GetGrain<IPlanGrain>($"{compound}.plan-2024-2026").Create(Draft(compound));

    private static PlanDraft Draft(string compound) => new(
        compound, "Three-year plan", ["community", "branch", "property"], new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31),
        [
            new MilestoneDraft("road", "Road resurfacing", MilestoneKind.Roadwork, new DateOnly(2025, 10, 31), 3, "property"),
            new MilestoneDraft("shelter", "E-bike shelter", MilestoneKind.Shelter, new DateOnly(2026, 12, 31), 1, "branch"),
        ]);
}
