using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a OwnersCommittee.</summary>
public sealed record OwnersCommitteeRequest(
    IReadOnlyList<CommitteeMemberRequest> Members,
    DateOnly? Formed = null)
{
    public OwnersCommittee ToDomain() => new(
        [.. Members.Select(item => item?.ToDomain()!)],
        Formed);
}
