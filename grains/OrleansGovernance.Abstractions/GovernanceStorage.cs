namespace OrleansGovernance.Abstractions;

/// <summary>Names shared by grains and hosts.</summary>
public static class GovernanceStorage
{
    /// <summary>The grain storage provider every governance grain persists to.</summary>
    public const string ProviderName = "governance";
}
