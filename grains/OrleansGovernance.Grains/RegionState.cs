using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Grains;

[GenerateSerializer, Alias("governance.region-state")]
public sealed class RegionState
{
    [Id(0)] public RegionProfile Profile { get; set; } = new();
}
