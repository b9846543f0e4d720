namespace OrleansGovernance.Domain.Organisation;

/// <summary>The kinds of party that sit on a community's council (红联议事厅), as the Xinglin report names them.</summary>
public enum CouncilParty
{
    /// <summary>A member kept from before members named their party: still shown, but counted for no party by the council's rule.</summary>
    Unclassified,

    /// <summary>社区党委.</summary>
    CommunityPartyCommittee,

    /// <summary>社区环境和物业管理委员会主任.</summary>
    EnvironmentAndPropertyCommitteeHead,

    /// <summary>小区党支部书记, one per compound.</summary>
    CompoundBranchSecretary,

    /// <summary>业委会主任, one per compound that has an owners' committee.</summary>
    OwnersCommitteeChair,

    /// <summary>物业负责人, one per compound.</summary>
    PropertyManager,
}

/// <summary>A seat on the council: a party, and for the parties of a compound the compound it speaks for.</summary>
[GenerateSerializer, Immutable, Alias("governance.council-seat")]
public sealed record CouncilSeat(
    [property: Id(0)] CouncilParty Party,
    [property: Id(1)] string? CompoundId = null)
{
    public static bool IsCompoundParty(CouncilParty party) =>
        party is CouncilParty.CompoundBranchSecretary or CouncilParty.OwnersCommitteeChair or CouncilParty.PropertyManager;

    /// <summary>How refusals name the seat: "propertyManager of xiamen.….xiaoqu-02".</summary>
    public override string ToString()
    {
        var party = JsonName(Party);
        return CompoundId is null ? party : $"{party} of {CompoundId}";
    }

    /// <summary>The party as the API writes it (camelCase), so a refusal names what the caller has to send.</summary>
    public static string JsonName(CouncilParty party)
    {
        var name = party.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public void Validate(string field, string? communityId)
    {
        Require.Defined(Party, $"{field} party");
        if (Party == CouncilParty.Unclassified)
        {
            throw DomainRuleException.Invalid(
                $"{field} names no party: one of {string.Join(", ", Enum.GetValues<CouncilParty>().Skip(1).Select(JsonName))}.");
        }

        if (!IsCompoundParty(Party))
        {
            if (CompoundId is not null)
            {
                throw DomainRuleException.Invalid($"{field} is {JsonName(Party)}, which speaks for the whole community and names no compound.");
            }

            return;
        }

        if (CompoundId is null)
        {
            throw DomainRuleException.Invalid($"{field} is {JsonName(Party)} and names the compound it speaks for.");
        }

        Require.PlaceId(CompoundId, $"{field} compoundId");
        if (communityId is not null && !PlaceIds.IsChildOf(CompoundId, communityId))
        {
            throw DomainRuleException.Invalid($"{field} compound '{CompoundId}' is not a compound of community '{communityId}'.");
        }
    }
}
