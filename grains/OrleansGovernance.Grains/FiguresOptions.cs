namespace OrleansGovernance.Grains;

/// <summary>Configuration section "Figures": how quickly figures move up the hierarchy and how they heal.</summary>
public sealed class FiguresOptions
{
    public const string Section = "Figures";

    /// <summary>
    /// How long a place waits after a change before it recomputes and publishes, so a burst of changes costs one
    /// publication. Each level adds it once to the time a change takes to reach the city.
    /// </summary>
    public TimeSpan PublishDelay { get; set; } = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// How often a parent asks its children for their snapshots directly while no silo dies. Channels carry
    /// changes quickly; this carries them surely, should one be lost while every silo stays up. After a silo dies,
    /// parents ask at once (<see cref="HealingSpread"/>), which also re-activates children lost with it.
    /// </summary>
    public TimeSpan PullInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How often a compound re-reads its branch and books while no silo dies (its tickets and plans reach it on the
    /// durable compound-changes stream); after a silo dies, at once (<see cref="HealingSpread"/>).
    /// </summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>After a silo dies, each place heals at a random moment within this spread, so they do not all ask at once.</summary>
    public TimeSpan HealingSpread { get; set; } = TimeSpan.FromSeconds(3);
}
