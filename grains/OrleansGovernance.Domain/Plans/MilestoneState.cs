namespace OrleansGovernance.Domain.Plans;

/// <summary>Where a milestone stands; each step moves it one state on, or (a step back) one state back.</summary>
public enum MilestoneState
{
    NotStarted, // 未开始
    InProgress, // 进行中
    Done,       // 已完成
    Inspected,  // 已验收
}

/// <summary>What a plan owner does to a milestone.</summary>
public enum MilestoneStep
{
    /// <summary>Works begin: not started to in progress.</summary>
    Start,

    /// <summary>The tick: not started or in progress to done (works may be finished without a recorded start).</summary>
    Finish,

    /// <summary>Accepted on inspection: done to inspected.</summary>
    Inspect,

    /// <summary>The untick: one state back (inspected to done, done to in progress, in progress to not started).</summary>
    StepBack,
}

public static class MilestoneStates
{
    public static bool CountsDone(this MilestoneState state) => state >= MilestoneState.Done;

    /// <summary>The state <paramref name="step"/> leads to from <paramref name="state"/>, or null when it cannot be taken from there.</summary>
    public static MilestoneState? After(this MilestoneState state, MilestoneStep step) => (step, state) switch
    {
        (MilestoneStep.Start, MilestoneState.NotStarted) => MilestoneState.InProgress,
        (MilestoneStep.Finish, MilestoneState.NotStarted or MilestoneState.InProgress) => MilestoneState.Done,
        (MilestoneStep.Inspect, MilestoneState.Done) => MilestoneState.Inspected,
        (MilestoneStep.StepBack, > MilestoneState.NotStarted) => state - 1,
        _ => null,
    };
}
