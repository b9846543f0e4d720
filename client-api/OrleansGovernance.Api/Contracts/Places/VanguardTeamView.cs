using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>VanguardTeam as the API shows it.</summary>
public sealed record VanguardTeamView(
    string Name,
    string NameZh,
    int Members)
{
    public static VanguardTeamView Of(VanguardTeam source) => new(
        source.Name,
        source.NameZh,
        source.Members);
}
