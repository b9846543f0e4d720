namespace OrleansGovernance.Grains;

/// <summary>Configuration section "Figures": how quickly figures move up the hierarchy and how often they heal.</summary>
public sealed class FiguresOptions
{
    public const string Section = "Figures";

    /// <summary>
    /// How long a place waits after a change before it recomputes and publishes, so a burst of changes costs one
    /// publication. Each level adds it once to the time a change takes to reach the city.
    /// </summary>
    public TimeSpan PublishDelay { get; set; } = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// How often a place recomputes and sends its snapshot upward even without changes, so time-dependent figures
    /// (breached, overdue, at risk, the hour windows) move on as the clock does.
    /// </summary>
    public TimeSpan RepublishInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often a parent asks its children for their snapshots directly. Streams carry changes quickly; this
    /// carries them surely, and re-activates a child lost with a crashed silo so it rebuilds from durable state.
    /// </summary>
    public TimeSpan PullInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a compound reads the tickets and plans changed since its last read from durable storage, healing lost events.</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromSeconds(10);
}
