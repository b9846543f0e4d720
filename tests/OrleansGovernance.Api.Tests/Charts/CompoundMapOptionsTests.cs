using System.Text.Json;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Dashboard.Charts;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Tests.Charts;

public sealed class CompoundMapOptionsTests
{
    private static readonly CompoundBoundary Square = new([new(24.589, 118.042), new(24.589, 118.044), new(24.591, 118.044), new(24.591, 118.042), new(24.589, 118.042)]);

    [Fact]
    public void Every_compound_with_a_position_or_an_outline_gets_one_mark_and_an_outline_gets_its_region()
    {
        CompoundMark[] marks =
        [
            Mark("a", new GeoPoint(24.60, 118.05), null, onTime: 0.97),
            Mark("b", null, Square, onTime: 0.5),
            Mark("c", new GeoPoint(24.61, 118.06), null, onTime: null),
            Mark("d", null, null, onTime: 0.9),
        ];

        var map = CompoundMapOptions.For(marks, MapFigure.OnTimeResponse, "test-map");

        Assert.Equal(["a", "b"], map.Valued.Select(m => m.Id));
        Assert.Equal(["c"], map.Unvalued.Select(m => m.Id));
        Assert.Equal(["__panel", "b"], map.Options.Geo!.Regions!.Select(r => r.Name));
        Assert.Equal(2, Features(map).Count);
    }

    [Fact]
    public void A_click_on_a_mark_names_its_compound_and_a_click_elsewhere_names_none()
    {
        var map = CompoundMapOptions.For([Mark("a", new GeoPoint(24.60, 118.05), null, 0.97), Mark("c", new GeoPoint(24.61, 118.06), null, null)], MapFigure.OnTimeResponse, "test-map");

        Assert.Equal("a", map.Clicked(0, 0)?.Id);
        Assert.Equal("c", map.Clicked(1, 0)?.Id);
        Assert.Null(map.Clicked(0, 1));
        Assert.Null(map.Clicked(2, 0));
    }

    [Theory]
    [InlineData(MapFigure.OnTimeResponse, 79.9, "#c62828")]
    [InlineData(MapFigure.OnTimeResponse, 80, "#ef6c00")]
    [InlineData(MapFigure.Satisfaction, 95, "#2e7d32")]
    [InlineData(MapFigure.OpenRequests, 0, "#2e7d32")]
    [InlineData(MapFigure.Overdue, 6, "#c62828")]
    [InlineData(MapFigure.Overdue, 250, "#c62828")]
    public void A_value_takes_the_colour_of_the_band_that_holds_it(MapFigure figure, double value, string colour)
    {
        Assert.Equal(colour, MapBands.Colour(figure, value));
    }

    [Fact]
    public void The_bands_of_a_rate_leave_no_gap_between_tenths_of_a_percent()
    {
        var bands = MapBands.Of(MapFigure.Satisfaction);

        Assert.All(Enumerable.Range(0, 1001).Select(tenths => tenths / 10.0), v => Assert.Single(bands, b => b.Holds(v)));
    }

    private static List<JsonElement> Features(CompoundMapOptions map) =>
        [.. JsonSerializer.SerializeToElement(map.Shapes).GetProperty("features").EnumerateArray()];

    private static CompoundMark Mark(string id, GeoPoint? location, CompoundBoundary? boundary, double? onTime) => CompoundMark.Of(
        new CompoundProfile { Id = id, Name = id, NameZh = id, Location = location, Boundary = boundary },
        new PlaceReport(id, id, id, PlaceKind.Compound, Figures(onTime)));

    /// <summary>Figures whose on-time response rate is <paramref name="onTime"/>, out of a hundred acknowledged; none when null.</summary>
    private static PlaceFigures Figures(double? onTime) => new()
    {
        Requests = onTime is { } rate
            ? new RequestCounts { AcknowledgedWithinLimit = (int)Math.Round(rate * 100), Breached = 100 - (int)Math.Round(rate * 100) }
            : new RequestCounts(),
    };
}
