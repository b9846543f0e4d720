namespace OrleansGovernance.Grains;

/// <summary>The records (by source name) a community has heard from, so a reactivated community asks those and no others.</summary>
[GenerateSerializer, Alias("governance.community-work-state")]
public sealed class CommunityWorkState
{
    [Id(0)] public List<string> Sources { get; set; } = [];
}
