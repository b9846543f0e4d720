namespace OrleansGovernance.Domain.Organisation;

/// <summary>A nation, province, city, district or subdistrict and the places directly below it.</summary>
[GenerateSerializer, Alias("governance.region")]
public sealed class RegionProfile
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public string NameZh { get; set; } = "";
    [Id(3)] public RegionLevel Level { get; set; }
    [Id(4)] public string? ParentId { get; set; }

    /// <summary>Child regions (for a nation, province, city or district) or communities (for a subdistrict).</summary>
    [Id(5)] public List<string> Children { get; set; } = [];

    /// <summary>Party-building instructors (党建指导员) kept by a subdistrict.</summary>
    [Id(6)] public List<PartyInstructor> PartyInstructors { get; set; } = [];

    public void Validate()
    {
        Require.PlaceId(Id);
        Require.Text(Name, "name", 200);
        Require.Text(NameZh, "nameZh", 200);
        Require.Defined(Level, "level");
        if (ParentId is not null && !PlaceIds.IsChildOf(Id, ParentId))
        {
            throw DomainRuleException.Invalid($"region '{Id}' is not a child of '{ParentId}'.");
        }

        // A city stands alone (the platform's usual top) or sits under a province; the parent's own rule
        // (ChildRegionLevel) decides which level may attach below it.
        if (Level == RegionLevel.Nation ? ParentId is not null : Level != RegionLevel.City && ParentId is null)
        {
            throw DomainRuleException.Invalid("a nation has no parent region; a city may have one; every other region has one.");
        }

        foreach (var child in Children)
        {
            Require.PlaceId(child, "children");
        }

        foreach (var instructor in Require.Entries(PartyInstructors, "partyInstructors"))
        {
            instructor.Validate();
        }
    }

    /// <summary>The level a child region of this one must have, or null when its children are communities.</summary>
    public RegionLevel? ChildRegionLevel => Level switch
    {
        RegionLevel.Nation => RegionLevel.Province,
        RegionLevel.Province => RegionLevel.City,
        RegionLevel.City => RegionLevel.District,
        RegionLevel.District => RegionLevel.Subdistrict,
        _ => null,
    };
}

/// <summary>Subdistrict staff member who links property companies to party building.</summary>
[GenerateSerializer, Immutable, Alias("governance.party-instructor")]
public sealed record PartyInstructor(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] bool Synthetic = false)
{
    public void Validate()
    {
        Require.Slug(Id, "party instructor id");
        Require.Text(Name, "party instructor name", 100);
    }
}
