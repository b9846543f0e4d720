namespace OrleansGovernance.Abstractions;

/// <summary>
/// How figures travel up the hierarchy: Orleans broadcast channels, each keyed by the id of the grain that consumes
/// it, which subscribes implicitly. Tickets, plans and branches tell their compound; compounds tell their community;
/// communities and child regions tell their region.
/// </summary>
public static class GovernanceChannels
{
    public const string ProviderName = "governance";

    /// <summary>Events about one compound: <see cref="CompoundEvent"/>.</summary>
    public const string Compound = "governance.compound";

    /// <summary>Snapshots of a community's compounds: <see cref="ChildFigures"/>.</summary>
    public const string Community = "governance.community";

    /// <summary>Snapshots of a region's children (communities or regions): <see cref="ChildFigures"/>.</summary>
    public const string Region = "governance.region";

    /// <summary>Requests whose response limit ran out unanswered, keyed by community: <see cref="SlaBreach"/>.</summary>
    public const string SlaBreaches = "governance.sla-breach";
}
