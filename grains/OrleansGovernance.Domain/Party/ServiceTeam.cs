namespace OrleansGovernance.Domain.Party;

/// <summary>
/// A party-member vanguard service team (党员先锋服务队) of the community's register, with the registered members
/// who serve in it; <see cref="CompoundId"/> names the compound it serves when it serves one.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.service-team")]
public sealed record ServiceTeam(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string NameZh,
    [property: Id(3)] string? CompoundId,
    [property: Id(4)] IReadOnlyList<string> MemberIds,
    [property: Id(5)] bool Synthetic);

[GenerateSerializer, Immutable, Alias("governance.service-team-draft")]
public sealed record ServiceTeamDraft(
    [property: Id(0)] string Name,
    [property: Id(1)] string NameZh,
    [property: Id(2)] string? CompoundId,
    [property: Id(3)] IReadOnlyList<string> MemberIds,
    [property: Id(4)] bool Synthetic = false)
{
    public const int MaxMembers = 500;

    public void Validate()
    {
        Require.Text(Name, "team name", 200);
        Require.Text(NameZh, "team nameZh", 200);
        if (CompoundId is not null)
        {
            Require.PlaceId(CompoundId, "compoundId");
        }

        if (Require.Entries(MemberIds, "memberIds").Count > MaxMembers)
        {
            throw DomainRuleException.Invalid($"a team has at most {MaxMembers} members.");
        }

        foreach (var id in MemberIds)
        {
            Require.Slug(id, "memberId");
        }
    }
}
