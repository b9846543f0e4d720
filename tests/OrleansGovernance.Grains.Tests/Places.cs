using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Grains.Tests;

/// <summary>Builds a small hierarchy of places with unique ids, so tests sharing a cluster never collide.</summary>
internal static class Places
{
    public static DateTimeOffset Now => DateTimeOffset.UtcNow;

    public static Stamp Stamp(string by = "tester", string? note = null) => new(by, DateTimeOffset.UtcNow, note);

    /// <summary>A city, district, subdistrict and community; returns the community id.</summary>
    public static async Task<string> Community(IGrainFactory grains)
    {
        var city = $"city{Guid.NewGuid():N}"[..16];
        await grains.GetGrain<IRegionGrain>(city).Define(new RegionProfile { Id = city, Name = "City", NameZh = "市", Level = RegionLevel.City });
        var district = $"{city}.district";
        await grains.GetGrain<IRegionGrain>(district).Define(new RegionProfile { Id = district, Name = "District", NameZh = "区", Level = RegionLevel.District, ParentId = city });
        var subdistrict = $"{district}.subdistrict";
        await grains.GetGrain<IRegionGrain>(subdistrict).Define(new RegionProfile { Id = subdistrict, Name = "Subdistrict", NameZh = "街道", Level = RegionLevel.Subdistrict, ParentId = district });
        var community = $"{subdistrict}.community";
        await grains.GetGrain<ICommunityGrain>(community).Define(new CommunityProfile { Id = community, Name = "Community", NameZh = "社区", RegionId = subdistrict });
        return community;
    }

    public static async Task<string> Compound(IGrainFactory grains, string communityId, string slug = "garden", OwnersCommittee? committee = null)
    {
        var id = $"{communityId}.{slug}";
        await grains.GetGrain<ICompoundGrain>(id).Define(new CompoundProfile
        {
            Id = id,
            Name = slug,
            NameZh = "小区",
            CommunityId = communityId,
            Households = 500,
            OwnersCommittee = committee,
            PropertyService = new PropertyService("company-a", "Company A", "Manager A", "instructor-a", RedProperty: true),
        });
        return id;
    }
}
