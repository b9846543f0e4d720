namespace OrleansGovernance.Integration.Tests;

/// <summary>When each thing happened in a partition test, on the writers' clock.</summary>
internal sealed class PartitionTimeline
{
    public TimeSpan CutAt { get; init; }

    public TimeSpan DeclaredDeadAt { get; set; }

    public TimeSpan HealedAt { get; set; }

    /// <summary>When the cut-off silo's process was seen to have ended; null if it did not.</summary>
    public TimeSpan? StoppedAt { get; set; }

    /// <summary>When every silo, the restarted one too, had acknowledged a filing again.</summary>
    public TimeSpan? ServingAt { get; set; }

    public TimeSpan ExactAt { get; set; }
}
