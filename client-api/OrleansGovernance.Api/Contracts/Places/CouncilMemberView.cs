using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>CouncilMember as the API shows it; a member kept from before parties were named shows as unclassified.</summary>
public sealed record CouncilMemberView(
    string Name,
    string Role,
    CouncilParty Party,
    string? CompoundId)
{
    public static CouncilMemberView Of(CouncilMember source) => new(
        source.Name,
        source.Role,
        source.Party,
        source.CompoundId);
}
