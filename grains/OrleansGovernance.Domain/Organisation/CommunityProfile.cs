namespace OrleansGovernance.Domain.Organisation;

/// <summary>A community (社区): its compounds, its council and the units that build with it.</summary>
[GenerateSerializer, Alias("governance.community")]
public sealed class CommunityProfile
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public string NameZh { get; set; } = "";
    [Id(3)] public string RegionId { get; set; } = "";
    [Id(4)] public List<string> Compounds { get; set; } = [];
    [Id(5)] public Council? Council { get; set; }
    [Id(6)] public List<CoBuildingUnit> CoBuildingUnits { get; set; } = [];
    [Id(7)] public bool Synthetic { get; set; }

    public void Validate()
    {
        Require.PlaceId(Id);
        Require.Text(Name, "name", 200);
        Require.Text(NameZh, "nameZh", 200);
        if (!PlaceIds.IsChildOf(Id, RegionId))
        {
            throw DomainRuleException.Invalid($"community '{Id}' is not a child of region '{RegionId}'.");
        }

        foreach (var compound in Compounds)
        {
            Require.PlaceId(compound, "compounds");
        }

        Council?.Validate(Id);
        foreach (var unit in Require.Entries(CoBuildingUnits, "coBuildingUnits"))
        {
            unit.Validate();
        }
    }
}

/// <summary>
/// A standing deliberation body such as Lianting's Red Union Council (红联议事厅): the community party committee,
/// the environment and property committee's head, and per compound its branch secretary, owners' committee chair
/// and property manager.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.council")]
public sealed record Council(
    [property: Id(0)] string Name,
    [property: Id(1)] string NameZh,
    [property: Id(2)] IReadOnlyList<CouncilMember> Members)
{
    /// <summary>The seats the members fill, each once; members kept from before parties were named fill none.</summary>
    public IReadOnlyList<CouncilSeat> Seats =>
        [.. Members.Where(m => m.Party != CouncilParty.Unclassified).Select(m => m.Seat).Distinct()];

    public void Validate(string communityId)
    {
        Require.Text(Name, "council name", 200);
        Require.Text(NameZh, "council nameZh", 200);
        var members = Require.Entries(Members, "council members");
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            Require.Text(member.Name, "council member name", 100);
            Require.Text(member.Role, "council member role", 200);
            member.Seat.Validate($"council member {i + 1}", communityId);
        }

        if (members.All(m => m.Party != CouncilParty.CommunityPartyCommittee))
        {
            throw DomainRuleException.Invalid("a council has the community party committee (communityPartyCommittee) among its members.");
        }
    }
}

/// <summary>A person on the council and the party they sit for; a compound's party names its compound.</summary>
[GenerateSerializer, Immutable, Alias("governance.council-member")]
public sealed record CouncilMember(
    [property: Id(0)] string Name,
    [property: Id(1)] string Role,
    [property: Id(2)] CouncilParty Party = CouncilParty.Unclassified,
    [property: Id(3)] string? CompoundId = null)
{
    public CouncilSeat Seat => new(Party, CompoundId);
}

/// <summary>An enterprise or institution paired with a community or compound (共建单位).</summary>
[GenerateSerializer, Immutable, Alias("governance.co-building-unit")]
public sealed record CoBuildingUnit(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string NameZh,
    [property: Id(3)] string? PairedCompoundId = null,
    [property: Id(4)] bool Synthetic = false)
{
    public void Validate()
    {
        Require.Slug(Id, "co-building unit id");
        Require.Text(Name, "co-building unit name", 200);
        Require.Text(NameZh, "co-building unit nameZh", 200);
        if (PairedCompoundId is not null)
        {
            Require.PlaceId(PairedCompoundId, "pairedCompoundId");
        }
    }
}
