using System.Text;
using OrleansGovernance.Api.Imports;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Tests.Imports;

/// <summary>Places files read into rows: CSV with Chinese headers, GeoJSON, and what is refused while reading.</summary>
public sealed class PlaceRowsTests
{
    private const string Ring = "[[118.042,24.589],[118.044,24.589],[118.044,24.591],[118.042,24.591],[118.042,24.589]]";
    private const string Wkt = "POLYGON ((118.042 24.589, 118.044 24.589, 118.044 24.591, 118.042 24.591, 118.042 24.589))";
    private static readonly GeoPoint[] Square = [new(24.589, 118.042), new(24.589, 118.044), new(24.591, 118.044), new(24.591, 118.042), new(24.589, 118.042)];

    private static IReadOnlyList<(int Line, Func<ImportColumn, string?> Value, PlaceGeometry? Geometry)> Entries(string content) =>
        PlaceRows.Entries(ImportText.Read(ImportFile.Of("places", Encoding.UTF8.GetBytes(content)), ImportEncoding.Auto));

    private static PlaceRow Read((int Line, Func<ImportColumn, string?> Value, PlaceGeometry? Geometry) entry) => PlaceRows.Read(entry.Line, entry.Value, entry.Geometry);

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

    [Fact]
    public void A_GeoJSON_polygon_is_the_compounds_boundary_its_holes_let_go_and_its_centroid_the_location_when_none_is_given()
    {
        var entries = Features(
            $$"""{"type":"Polygon","coordinates":[{{Ring}},[[118.0425,24.5895],[118.0427,24.5895],[118.0427,24.5897],[118.0425,24.5895]]]}""",
            $$"""{"type":"Polygon","coordinates":[{{Ring}}]}""");

        var outlined = Assert.IsType<CompoundRow>(Read(entries[0])).Profile;
        Assert.Equal(Square, outlined.Boundary!.Ring);
        Assert.Equal(24.590, outlined.Location!.Lat, 9);
        Assert.Equal(118.043, outlined.Location.Lng, 9);
        var placed = Assert.IsType<CompoundRow>(Read(entries[1])).Profile;
        Assert.Equal(new GeoPoint(24.5901, 118.0432), placed.Location);
    }

    [Theory]
    [InlineData("""{"type":"MultiPolygon","coordinates":[[RING]]}""", "MultiPolygon")]
    [InlineData("""{"type":"Polygon","coordinates":[[[118.042,24.589],[118.044,24.589],[118.044,24.591],[118.042,24.591]]]}""", "closed")]
    [InlineData("""{"type":"Polygon","coordinates":[[[118.042,24.589],[118.043,24.590],[118.044,24.591],[118.042,24.589]]]}""", "area")]
    [InlineData("""{"type":"Polygon","coordinates":[[[118.042,24.589],[118.044,24.589],[218.044,24.591],[118.042,24.589]]]}""", "point 3")]
    [InlineData("""{"type":"Polygon","coordinates":[[[118.042,24.589],[118.044],[118.044,24.591],[118.042,24.589]]]}""", "point 2")]
    [InlineData("""{"type":"Polygon","coordinates":[]}""", "outer ring")]
    [InlineData("""{"type":"LineString","coordinates":[[118.042,24.589],[118.044,24.589]]}""", "Polygon")]
    public void A_geometry_that_is_no_single_good_ring_refuses_the_feature_with_the_reason(string geometry, string reason)
    {
        var entry = Features(geometry.Replace("RING", Ring, StringComparison.Ordinal))[0];

        Assert.Contains(reason, Assert.Throws<RowRefusedException>(() => Read(entry)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_CSV_boundary_column_of_well_known_text_is_the_compounds_boundary_and_places_it_at_its_centroid()
    {
        var profile = Assert.IsType<CompoundRow>(Read(Entries($"类型,编号,名称,边界\n小区,xiamen.a.b.c.d,某小区,\"{Wkt}\"\n")[0])).Profile;

        Assert.Equal(Square, profile.Boundary!.Ring);
        Assert.Equal(24.590, profile.Location!.Lat, 9);
    }

    [Theory]
    [InlineData("MULTIPOLYGON (((118.042 24.589, 118.044 24.589, 118.044 24.591, 118.042 24.589)))", "MULTIPOLYGON")]
    [InlineData("[[118.042,24.589],[118.044,24.589]]", "well-known text")]
    [InlineData("POLYGON ((118.042 24.589, 118.044 24.589, 118.044 north, 118.042 24.589))", "point 3")]
    [InlineData("POLYGON ((118.042 24.589, 118.044 24.589, 118.044 24.591, 118.042 24.591))", "closed")]
    public void A_CSV_boundary_that_is_no_single_good_ring_refuses_the_row_with_the_reason(string boundary, string reason)
    {
        var entry = Entries($"kind,id,name_zh,boundary\ncompound,xiamen.a.b.c.d,某小区,\"{boundary}\"\n")[0];

        Assert.Contains(reason, Assert.Throws<RowRefusedException>(() => Read(entry)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_boundary_on_a_place_that_is_no_compound_is_refused_rather_than_dropped()
    {
        var entry = Entries($"kind,id,name_zh,boundary\ncommunity,xiamen.a.b.c,某社区,\"{Wkt}\"\n")[0];

        Assert.Contains("only a compound", Assert.Throws<RowRefusedException>(() => Read(entry)).Message, StringComparison.Ordinal);
    }

    /// <summary>Compound features with these geometries; the second and later carry latitude and longitude properties.</summary>
    private static IReadOnlyList<(int Line, Func<ImportColumn, string?> Value, PlaceGeometry? Geometry)> Features(params string[] geometries)
    {
        var features = geometries.Select((geometry, i) =>
            "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":{\"kind\":\"compound\",\"id\":\"xiamen.a.b.c.d" + i + "\",\"nameZh\":\"某小区\""
            + (i > 0 ? ",\"latitude\":24.5901,\"longitude\":118.0432" : "") + "}}");
        return Entries("{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(",", features) + "]}");
    }
}
