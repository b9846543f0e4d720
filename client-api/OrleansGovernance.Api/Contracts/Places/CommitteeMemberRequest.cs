using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a CommitteeMember.</summary>
public sealed record CommitteeMemberRequest(
    string Name,
    bool PartyMember,
    CommitteeRole Role)
{
    public CommitteeMember ToDomain() => new(
        Name,
        PartyMember,
        Role);
}
