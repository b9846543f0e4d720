using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>CommitteeMember as the API shows it.</summary>
public sealed record CommitteeMemberView(
    string Name,
    bool PartyMember,
    CommitteeRole Role)
{
    public static CommitteeMemberView Of(CommitteeMember source) => new(
        source.Name,
        source.PartyMember,
        source.Role);
}
