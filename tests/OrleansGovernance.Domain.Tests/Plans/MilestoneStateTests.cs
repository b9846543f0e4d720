using OrleansGovernance.Domain.Plans;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Plans;

/// <summary>未开始 → 进行中 → 已完成 → 已验收, one step at a time; an untick is one step back; figures count done and inspected.</summary>
public sealed class MilestoneStateTests
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 10, 2, 0, 0, TimeSpan.Zero);
    private static readonly EvidenceRef Photo = new("ev-0001", "screen.jpg", EvidenceKinds.Jpeg, 120_000);

    private readonly Plan _plan = NewPlan("hualing-2026", Milestone("road", 1, new DateOnly(2024, 6, 30), MilestoneKind.Roadwork));

    private Milestone Road => _plan.Find("road");

    [Fact]
    public void A_milestone_goes_through_every_state_in_order_and_counts_as_done_from_done_on()
    {
        Assert.Equal(MilestoneState.NotStarted, Road.State);

        _plan.Take("road", MilestoneStep.Start, At(T0));
        Assert.Equal((MilestoneState.InProgress, false, 0.0), (Road.State, Road.Done, _plan.Progress));

        _plan.Tick("road", At(T0.AddDays(1)));
        Assert.Equal((MilestoneState.Done, true, 1.0), (Road.State, Road.Done, _plan.Progress));

        _plan.Take("road", MilestoneStep.Inspect, At(T0.AddDays(2)));
        Assert.Equal((MilestoneState.Inspected, true, 1.0), (Road.State, Road.Done, _plan.Progress));
        Assert.Equal(T0.AddDays(1), Road.DoneAt);
        Assert.True(PlanFacts.Of(_plan).Milestones.Single().Done);
    }

    [Fact]
    public void Each_untick_goes_back_one_state_and_only_leaving_done_clears_the_done_time()
    {
        _plan.Tick("road", At(T0));
        _plan.Take("road", MilestoneStep.Inspect, At(T0.AddDays(1)));

        _plan.Untick("road", At(T0.AddDays(2)));
        Assert.Equal((MilestoneState.Done, T0), (Road.State, Road.DoneAt));

        _plan.Untick("road", At(T0.AddDays(3)));
        Assert.Equal((MilestoneState.InProgress, (DateTimeOffset?)null), (Road.State, Road.DoneAt));

        _plan.Untick("road", At(T0.AddDays(4)));
        Assert.Equal(MilestoneState.NotStarted, Road.State);
        Refused(RuleViolation.InvalidTransition, () => _plan.Untick("road", At(T0.AddDays(5))));
    }

    [Theory]
    [InlineData(MilestoneStep.Inspect)]
    [InlineData(MilestoneStep.StepBack)]
    public void A_step_that_cannot_be_taken_from_not_started_is_refused_and_changes_nothing(MilestoneStep step)
    {
        Refused(RuleViolation.InvalidTransition, () => _plan.Take("road", step, At(T0)));

        Assert.Equal((MilestoneState.NotStarted, 1, 0), (Road.State, _plan.Version, Road.History.Count));
    }

    [Fact]
    public void Starting_twice_is_refused()
    {
        _plan.Take("road", MilestoneStep.Start, At(T0));

        Refused(RuleViolation.InvalidTransition, () => _plan.Take("road", MilestoneStep.Start, At(T0.AddDays(1))));
    }

    [Fact]
    public void A_step_records_the_display_name_and_the_evidence_beside_the_subject()
    {
        _plan.Tick("road", new Stamp("plan-owner-f73fd782", T0, "screen mounted", ByName: "李建溪"), [Photo]);

        var step = Road.History.Single();
        Assert.Equal(("plan-owner-f73fd782", "李建溪", MilestoneStep.Finish, MilestoneState.Done), (step.By, step.ByName, step.Step, step.State));
        Assert.Equal([Photo], step.Evidence);
    }

    [Fact]
    public void More_files_than_a_step_carries_or_a_file_of_a_kind_not_taken_are_refused_and_change_nothing()
    {
        var tooMany = Enumerable.Range(0, EvidenceRef.MaxPerStep + 1).Select(i => Photo with { Id = $"ev-{i}" }).ToList();

        Refused(RuleViolation.InvalidInput, () => _plan.Tick("road", At(T0), tooMany));
        Refused(RuleViolation.InvalidInput, () => _plan.Tick("road", At(T0), [Photo with { ContentType = "text/html" }]));

        Assert.Equal((MilestoneState.NotStarted, 1), (Road.State, _plan.Version));
    }

    [Theory]
    [InlineData("2024-06-30", 0)]
    [InlineData("2024-07-01", 1)]
    [InlineData("2024-07-15", 15)]
    public void A_milestone_not_done_is_overdue_by_the_days_past_its_due_date(string today, int days)
    {
        Assert.Equal(days, Road.OverdueDays(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_done_milestone_is_never_overdue()
    {
        _plan.Tick("road", At(T0));

        Assert.Equal(0, Road.OverdueDays(new DateOnly(2025, 1, 1)));
    }
}
