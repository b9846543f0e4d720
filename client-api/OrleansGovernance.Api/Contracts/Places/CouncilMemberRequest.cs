using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a CouncilMember.</summary>
public sealed record CouncilMemberRequest(
    string Name,
    string Role)
{
    public CouncilMember ToDomain() => new(
        Name,
        Role);
}
