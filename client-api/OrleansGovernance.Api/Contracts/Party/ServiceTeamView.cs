using OrleansGovernance.Domain.Party;

namespace OrleansGovernance.Api.Contracts;

/// <summary>A vanguard service team of the register; its members by id (see the party members for who they are).</summary>
public sealed record ServiceTeamView(string Id, string Name, string NameZh, string? CompoundId, IReadOnlyList<string> MemberIds, bool Synthetic)
{
    public static ServiceTeamView Of(ServiceTeam t) => new(t.Id, t.Name, t.NameZh, t.CompoundId, t.MemberIds, t.Synthetic);
}
