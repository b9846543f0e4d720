using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>Council as the API shows it.</summary>
public sealed record CouncilView(
    string Name,
    string NameZh,
    IReadOnlyList<CouncilMemberView> Members)
{
    public static CouncilView Of(Council source) => new(
        source.Name,
        source.NameZh,
        source.Members.Select(CouncilMemberView.Of).ToList());
}
