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
    /// How often a place recomputes and sends its snapshot upward even without changes: it moves time-dependent
    /// figures (overdue, at risk, the hour windows) on and heals a parent that missed a message.
    /// </summary>
    public TimeSpan RepublishInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a compound reads the tickets and plans changed since its last read from durable storage, healing lost events.</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromSeconds(10);
}
