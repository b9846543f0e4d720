using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Grains;

/// <summary>Configuration section "Council": the set time of the council's rule 急事共商.</summary>
public sealed class CouncilOptions
{
    public const string Section = "Council";

    /// <summary>How long after an urgent matter is raised the parties it needs may be consulted.</summary>
    public TimeSpan UrgentConsultLimit { get; set; } = CouncilRules.DefaultUrgentLimit;
}
