using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a CouncilMember: the party the member sits for, and for a compound's party its compound.</summary>
public sealed record CouncilMemberRequest(
    string Name,
    string Role,
    CouncilParty Party = CouncilParty.Unclassified,
    string? CompoundId = null)
{
    public CouncilMember ToDomain() => new(
        Name,
        Role,
        Party,
        CompoundId);
}
