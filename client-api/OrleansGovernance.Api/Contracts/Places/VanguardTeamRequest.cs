using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a VanguardTeam.</summary>
public sealed record VanguardTeamRequest(
    string Name,
    string NameZh,
    int Members)
{
    public VanguardTeam ToDomain() => new(
        Name,
        NameZh,
        Members);
}
