using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>
/// Plan rows of version 1 knew only ticks and unticks, one language and no evidence: they read with a done milestone
/// done and any other not started, every tick a finishing step and every untick a step back, no Chinese texts, no
/// display names and no files; the progress they show is the one they showed.
/// </summary>
public sealed class PlanShapeTests
{
    [Fact]
    public void A_version_1_plan_reads_its_ticks_as_steps_and_its_done_flags_as_states()
    {
        var stored = Samples.Of("plan", 1);

        var plan = (Plan)StoredRows.Read("plan", stored);

        Assert.Equal(
            [MilestoneState.Done, MilestoneState.Done, MilestoneState.NotStarted, MilestoneState.NotStarted],
            plan.Milestones.Select(m => m.State));
        var shelter = plan.Find("non-motor-vehicle-shelter");
        Assert.Equal(
            [(MilestoneStep.Finish, MilestoneState.Done), (MilestoneStep.StepBack, MilestoneState.NotStarted), (MilestoneStep.Finish, MilestoneState.Done)],
            shelter.History.Select(step => (step.Step, step.State)));
        Assert.Equal(
            stored["milestones"]!.AsArray().SelectMany(m => m!["history"]!.AsArray()).Select(step => (bool)step!["done"]!),
            plan.Milestones.SelectMany(m => m.History).Select(step => step.Done));
        Assert.All(plan.Milestones.SelectMany(m => m.History), step => Assert.True(step.ByName is null && step.Evidence is []));
        Assert.Equal(("", ""), (plan.TitleZh, plan.Milestones[0].TitleZh));
        Assert.Equal(0.4, plan.Progress, 6);
    }

    [Fact]
    public void A_version_1_plan_is_written_back_at_the_current_version_without_done_flags()
    {
        var written = StoredRows.ReadAndWrite("plan", Samples.Of("plan", 1));

        Assert.Equal(2, (int)written["shapeVersion"]!);
        Assert.All(written["milestones"]!.AsArray(), m => Assert.False(m!.AsObject().ContainsKey("done")));
        Assert.Equal("done", (string?)written["milestones"]![0]!["state"]);
    }
}
