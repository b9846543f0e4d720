using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Abstractions;

/// <summary>A city, district or subdistrict, keyed by its dotted id (xiamen.jimei.xinglin).</summary>
[Alias("governance.IRegionGrain")]
public interface IRegionGrain : IPlaceFiguresGrain
{
    /// <summary>Creates or updates the region and registers it with its parent region.</summary>
    [Alias("Define")]
    Task<RegionProfile> Define(RegionProfile profile);

    [Alias("GetProfile")]
    Task<RegionProfile> GetProfile();

    /// <summary>Registers a child region or community; the child's level must fit this region's.</summary>
    [Alias("AttachChild")]
    Task AttachChild(string childId, PlaceKind kind);
}
