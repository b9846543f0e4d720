using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>CouncilMember as the API shows it.</summary>
public sealed record CouncilMemberView(
    string Name,
    string Role)
{
    public static CouncilMemberView Of(CouncilMember source) => new(
        source.Name,
        source.Role);
}
