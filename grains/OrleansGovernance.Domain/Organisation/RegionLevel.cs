namespace OrleansGovernance.Domain.Organisation;

/// <summary>Administrative levels above the community: 市 / 区 / 街道.</summary>
public enum RegionLevel
{
    City,
    District,
    Subdistrict,
}
