using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Grains;

[GenerateSerializer, Alias("governance.community-state")]
public sealed class CommunityState
{
    [Id(0)] public CommunityProfile Profile { get; set; } = new();
    [Id(1)] public ThreeLists Lists { get; set; } = new();
    [Id(2)] public List<Meeting> Meetings { get; set; } = [];
}
