using OrleansGovernance.Domain.Organisation;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Organisation;

/// <summary>The levels above a city (省, 全国) for a whole country, beside a city that stands alone as before.</summary>
public sealed class RegionLevelTests
{
    [Fact]
    public void A_nation_has_provinces_below_it_and_a_province_has_cities()
    {
        Assert.Equal(RegionLevel.Province, Region("cn", RegionLevel.Nation, null).ChildRegionLevel);
        Assert.Equal(RegionLevel.City, Region("cn.fujian", RegionLevel.Province, "cn").ChildRegionLevel);
        Assert.Equal(RegionLevel.District, Region("cn.fujian.xiamen", RegionLevel.City, "cn.fujian").ChildRegionLevel);
    }

    [Fact]
    public void A_nation_has_no_parent_and_a_province_needs_one()
    {
        Region("cn", RegionLevel.Nation, null).Validate();
        Region("cn.fujian", RegionLevel.Province, "cn").Validate();
        Refused(RuleViolation.InvalidInput, Region("earth.cn", RegionLevel.Nation, "earth").Validate);
        Refused(RuleViolation.InvalidInput, Region("fujian", RegionLevel.Province, null).Validate);
    }

    [Fact]
    public void A_city_stands_alone_or_sits_under_a_province_while_a_district_still_needs_a_parent()
    {
        Region("xiamen", RegionLevel.City, null).Validate();
        Region("cn.fujian.xiamen", RegionLevel.City, "cn.fujian").Validate();
        Refused(RuleViolation.InvalidInput, Region("jimei", RegionLevel.District, null).Validate);
    }

    private static RegionProfile Region(string id, RegionLevel level, string? parent) =>
        new() { Id = id, Name = id, NameZh = "地方", Level = level, ParentId = parent };
}
