namespace OrleansGovernance.Domain.Organisation;

/// <summary>Administrative levels above the community: 市 / 区 / 街道, and above a city 省 (province) and 全国 (nation).</summary>
public enum RegionLevel
{
    City,
    District,
    Subdistrict,

    // Appended, so the numbers the levels above already carry (Orleans' serializer writes enums as numbers) stay.
    Province,
    Nation,
}
