using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Imports;

/// <summary>One place, or one part of a compound, as a places file gives it, at its line (a GeoJSON file's feature number).</summary>
public abstract record PlaceRow(int Line, string Id)
{
    /// <summary>Regions, then communities, then compounds, then what hangs off a compound: parents before children.</summary>
    public abstract int Rank { get; }
}

public sealed record RegionRow(int Line, RegionProfile Profile) : PlaceRow(Line, Profile.Id)
{
    public override int Rank => 0;
}

public sealed record CommunityRow(int Line, CommunityProfile Profile) : PlaceRow(Line, Profile.Id)
{
    public override int Rank => 1;
}

public sealed record CompoundRow(int Line, CompoundProfile Profile) : PlaceRow(Line, Profile.Id)
{
    public override int Rank => 2;
}

public sealed record BranchRow(int Line, BranchProfile Profile) : PlaceRow(Line, Profile.CompoundId)
{
    public override int Rank => 3;
}

/// <summary>A compound's owners' committee, gathered from its member rows (the line is the first member's).</summary>
public sealed record CommitteeRow(int Line, string CompoundId, OwnersCommittee Committee) : PlaceRow(Line, CompoundId)
{
    public override int Rank => 3;
}

public sealed record PropertyServiceRow(int Line, string CompoundId, PropertyService Service) : PlaceRow(Line, CompoundId)
{
    public override int Rank => 3;
}
