using OrleansGovernance.Domain.Plans;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Plans;

public sealed class PlanTests
{
    private static readonly DateTimeOffset TickedAt = new(2024, 5, 10, 2, 0, 0, TimeSpan.Zero);

    private readonly Plan _plan = NewPlan(
        "hualing-2026",
        Milestone("road", 1, new DateOnly(2024, 6, 30), MilestoneKind.Roadwork),
        Milestone("shelter", 2, new DateOnly(2025, 6, 30), MilestoneKind.Shelter),
        Milestone("security", 3, new DateOnly(2025, 12, 31), MilestoneKind.Security),
        Milestone("service-home", 4, new DateOnly(2026, 12, 31), MilestoneKind.ServiceHome));

    [Fact]
    public void A_new_plan_is_at_version_one_with_trimmed_texts_and_no_progress()
    {
        Assert.Equal("hualing-2026", _plan.Id);
        Assert.Equal(CompoundId, _plan.CompoundId);
        Assert.Equal("Hualing Garden three-year plan", _plan.Title);
        Assert.Equal(["Fangzhi community party committee", "Chengfa property branch"], _plan.Parties);
        Assert.Equal(1, _plan.Version);
        Assert.Equal(["road", "shelter", "security", "service-home"], _plan.Milestones.Select(m => m.Id));
        Assert.Equal("Milestone road", _plan.Milestones[0].Title);
        Assert.Equal("Chengfa property branch", _plan.Milestones[0].Owner);
        Assert.All(_plan.Milestones, m => Assert.False(m.Done));
        Assert.Equal(0, _plan.Progress);
    }

    [Fact]
    public void A_plan_without_milestones_has_made_no_progress()
    {
        Assert.Equal(0, NewPlan("empty").Progress);
    }

    [Fact]
    public void Progress_is_done_weight_over_total_weight()
    {
        _plan.Tick("security", At(TickedAt));
        Assert.Equal(0.3, _plan.Progress, 12);

        _plan.Tick("service-home", At(TickedAt));
        Assert.Equal(0.7, _plan.Progress, 12);

        _plan.Tick("road", At(TickedAt));
        _plan.Tick("shelter", At(TickedAt));
        Assert.Equal(1, _plan.Progress, 12);
    }

    [Fact]
    public void Ticking_records_who_when_and_why_and_raises_the_version()
    {
        _plan.Tick("road", new Stamp("owner-chen", TickedAt, "resurfaced and inspected"));

        var road = _plan.Find("road");
        Assert.True(road.Done);
        Assert.Equal(TickedAt, road.DoneAt);
        Assert.Equal([new MilestoneTick(MilestoneStep.Finish, MilestoneState.Done, "owner-chen", TickedAt, "resurfaced and inspected", Evidence: [])], road.History);
        Assert.Equal(2, _plan.Version);
    }

    [Fact]
    public void Unticking_steps_back_to_in_progress_keeping_the_tick_in_the_history_and_clearing_the_done_time()
    {
        _plan.Tick("road", new Stamp("owner-chen", TickedAt, "resurfaced"));
        _plan.Untick("road", new Stamp("owner-zhao", TickedAt.AddDays(1), "potholes again"));

        var road = _plan.Find("road");
        Assert.False(road.Done);
        Assert.Null(road.DoneAt);
        Assert.Equal(
            [
                new MilestoneTick(MilestoneStep.Finish, MilestoneState.Done, "owner-chen", TickedAt, "resurfaced", Evidence: []),
                new MilestoneTick(MilestoneStep.StepBack, MilestoneState.InProgress, "owner-zhao", TickedAt.AddDays(1), "potholes again", Evidence: []),
            ],
            road.History);
        Assert.Equal(3, _plan.Version);
        Assert.Equal(0, _plan.Progress);
    }

    [Fact]
    public void Ticking_a_ticked_milestone_is_refused_and_changes_nothing()
    {
        _plan.Tick("road", At(TickedAt));

        Refused(RuleViolation.InvalidTransition, () => _plan.Tick("road", At(TickedAt.AddDays(1))));

        var road = _plan.Find("road");
        Assert.Single(road.History);
        Assert.Equal(TickedAt, road.DoneAt);
        Assert.Equal(2, _plan.Version);
    }

    [Fact]
    public void Unticking_a_milestone_that_is_not_ticked_is_refused_and_changes_nothing()
    {
        Refused(RuleViolation.InvalidTransition, () => _plan.Untick("road", At(TickedAt)));

        Assert.Empty(_plan.Find("road").History);
        Assert.Equal(1, _plan.Version);
    }

    [Fact]
    public void A_tick_earlier_than_the_milestone_s_last_change_is_refused()
    {
        _plan.Tick("road", At(TickedAt));

        Refused(RuleViolation.InvalidInput, () => _plan.Untick("road", At(TickedAt.AddMinutes(-1))));

        Assert.True(_plan.Find("road").Done);
        Assert.Equal(2, _plan.Version);
    }

    [Fact]
    public void An_unknown_milestone_is_not_found()
    {
        Refused(RuleViolation.NotFound, () => _plan.Tick("fountain", At(TickedAt)));
        Refused(RuleViolation.NotFound, () => _plan.Find("fountain"));
        Assert.Equal(1, _plan.Version);
    }

    [Fact]
    public void Adding_a_milestone_raises_the_version()
    {
        var added = _plan.AddMilestone(Milestone("lighting", 2, new DateOnly(2025, 3, 1)));

        Assert.Equal("lighting", added.Id);
        Assert.Equal(5, _plan.Milestones.Count);
        Assert.Equal(2, _plan.Version);
    }

    [Fact]
    public void Due_dates_on_the_first_and_last_day_of_the_period_are_accepted()
    {
        _plan.AddMilestone(Milestone("kick-off", 1, PlanStart));
        _plan.AddMilestone(Milestone("hand-over", 1, PlanEnd));

        Assert.Equal(6, _plan.Milestones.Count);
    }

    [Fact]
    public void A_due_date_outside_the_plan_period_is_refused_and_changes_nothing()
    {
        Refused(RuleViolation.InvalidInput, () => _plan.AddMilestone(Milestone("early", 1, PlanStart.AddDays(-1))));
        Refused(RuleViolation.InvalidInput, () => _plan.AddMilestone(Milestone("late", 1, PlanEnd.AddDays(1))));

        Assert.Equal(4, _plan.Milestones.Count);
        Assert.Equal(1, _plan.Version);
    }

    [Fact]
    public void A_plan_drafted_with_a_milestone_outside_its_period_is_refused()
    {
        Refused(RuleViolation.InvalidInput, () => NewPlan("hualing-2026", Milestone("after-2026", 1, new DateOnly(2027, 1, 1))));
    }

    [Fact]
    public void A_plan_whose_period_ends_before_it_starts_is_refused()
    {
        var draft = PlanDraft() with { PeriodStart = PlanEnd, PeriodEnd = PlanStart };

        Refused(RuleViolation.InvalidInput, () => Plan.Create("backwards", draft));
    }

    [Fact]
    public void A_second_milestone_with_the_same_id_is_a_conflict()
    {
        Refused(RuleViolation.Conflict, () => _plan.AddMilestone(Milestone("road", 1, new DateOnly(2025, 1, 1))));

        Assert.Equal(4, _plan.Milestones.Count);
    }

    [Theory]
    [InlineData("Road")]
    [InlineData("phase.one")]
    [InlineData("-road")]
    [InlineData("")]
    public void A_milestone_id_that_is_not_one_lower_case_segment_is_refused(string id)
    {
        Refused(RuleViolation.InvalidInput, () => _plan.AddMilestone(Milestone(id, 1, new DateOnly(2025, 1, 1))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void A_milestone_weight_outside_one_to_a_hundred_is_refused(int weight)
    {
        Refused(RuleViolation.InvalidInput, () => _plan.AddMilestone(Milestone("lighting", weight, new DateOnly(2025, 1, 1))));
    }

    [Fact]
    public void Expecting_the_current_version_or_none_passes()
    {
        _plan.ExpectVersion(1);
        _plan.ExpectVersion(null);
        _plan.Tick("road", At(TickedAt));
        _plan.ExpectVersion(2);
    }

    [Fact]
    public void Expecting_a_version_that_has_moved_on_is_stale()
    {
        _plan.Tick("road", At(TickedAt));

        Refused(RuleViolation.StaleVersion, () => _plan.ExpectVersion(1));
        Refused(RuleViolation.StaleVersion, () => _plan.ExpectVersion(3));
    }
}
