using System.Text;
using OrleansGovernance.Api.Imports;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Tests.Imports;

/// <summary>Places files read into rows: CSV with Chinese headers, GeoJSON, and what is refused while reading.</summary>
public sealed class PlaceRowsTests
{
    private static IReadOnlyList<(int Line, Func<ImportColumn, string?> Value, GeoPoint? Point)> Entries(string content) =>
        PlaceRows.Entries(ImportText.Read(ImportFile.Of("places", Encoding.UTF8.GetBytes(content)), ImportEncoding.Auto));

    private static PlaceRow Read((int Line, Func<ImportColumn, string?> Value, GeoPoint? Point) entry) => PlaceRows.Read(entry.Line, entry.Value, entry.Point);

    [Fact]
    public void A_compound_row_with_Chinese_headers_becomes_a_profile_under_the_community_its_id_names()
    {
        var row = Read(Entries("类型,编号,名称,户数,纬度,经度\n小区,xiamen.jimei.xinglin.fangzhi.hualing-garden,华铃花园,1280,24.5901,118.0432\n")[0]);

        var compound = Assert.IsType<CompoundRow>(row);
        Assert.Equal(("xiamen.jimei.xinglin.fangzhi", "华铃花园", 1280), (compound.Profile.CommunityId, compound.Profile.NameZh, compound.Profile.Households));
        Assert.Equal(new GeoPoint(24.5901, 118.0432), compound.Profile.Location);
    }

    [Theory]
    [InlineData("124.59", "118.04", "纬度/lat")]
    [InlineData("24.59", "east", "经度/lng")]
    [InlineData("24.59", "", "both")]
    public void Bad_coordinates_refuse_the_row(string lat, string lng, string named)
    {
        var entry = Entries($"kind,id,name_zh,lat,lng\ncompound,xiamen.a.b.c.d,某小区,{lat},{lng}\n")[0];

        var refused = Assert.Throws<RowRefusedException>(() => Read(entry));
        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_GeoJSON_point_is_the_compounds_location_in_longitude_latitude_order()
    {
        var entries = Entries("""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{"type":"Point","coordinates":[118.0432,24.5901]},"properties":{"kind":"compound","id":"xiamen.a.b.c.d","nameZh":"某小区","households":10}},
              {"type":"Feature","geometry":{"type":"Point","coordinates":[218.0,24.5]},"properties":{"kind":"compound","id":"xiamen.a.b.c.e","nameZh":"另一小区"}}
            ]}
            """);

        Assert.Equal(new GeoPoint(24.5901, 118.0432), Assert.IsType<CompoundRow>(Read(entries[0])).Profile.Location);
        Assert.Contains("经度/lng", Assert.Throws<RowRefusedException>(() => Read(entries[1])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_kind_and_an_id_that_is_no_place_id_are_refused()
    {
        var entries = Entries("kind,id,name_zh\nbuilding,xiamen.a,楼\ncompound,Xiamen A,某小区\n");

        Assert.Contains("类型/kind", Assert.Throws<RowRefusedException>(() => Read(entries[0])).Message, StringComparison.Ordinal);
        Assert.Contains("not a place id", Assert.Throws<RowRefusedException>(() => Read(entries[1])).Message, StringComparison.Ordinal);
    }
}
