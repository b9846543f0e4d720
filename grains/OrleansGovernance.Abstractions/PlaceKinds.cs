using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Abstractions;

public static class PlaceKinds
{
    public static PlaceKind ToPlaceKind(this RegionLevel level) => level switch
    {
        RegionLevel.City => PlaceKind.City,
        RegionLevel.District => PlaceKind.District,
        RegionLevel.Province => PlaceKind.Province,
        RegionLevel.Nation => PlaceKind.Nation,
        _ => PlaceKind.Subdistrict,
    };
}
