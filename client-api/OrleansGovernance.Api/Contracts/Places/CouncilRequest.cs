using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a Council.</summary>
public sealed record CouncilRequest(
    string Name,
    string NameZh,
    IReadOnlyList<CouncilMemberRequest> Members)
{
    public Council ToDomain() => new(
        Name,
        NameZh,
        [.. Members.Select(item => item?.ToDomain()!)]);
}
