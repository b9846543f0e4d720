using OrleansGovernance.Domain.Organisation;
using Vizor.ECharts;
using static OrleansGovernance.Api.Dashboard.Texts;

namespace OrleansGovernance.Api.Dashboard.Charts;

/// <summary>
/// The compounds under a place on a map of their own shapes, no tiles: an echarts geo map registered from the
/// compounds' outlines (and a pale panel spanning them all, so a place with no outlines still has a map), one mark per
/// compound that has a position, coloured by the chosen figure's bands. Marks whose figure counts nothing yet are grey.
/// </summary>
public sealed class CompoundMapOptions
{
    /// <summary>The region that spans every compound: no compound is named so, ids have no underscores.</summary>
    private const string Panel = "__panel";

    private const string NoFigure = "#9e9e9e";

    private CompoundMapOptions(IReadOnlyList<CompoundMark> marks, MapFigure figure, string mapName)
    {
        var placed = marks.Where(m => m.Point is not null).ToList();
        Valued = [.. placed.Where(m => MapBands.Value(m, figure) is not null)];
        Unvalued = [.. placed.Where(m => MapBands.Value(m, figure) is null)];
        Shapes = GeoJson(placed);
        Options = Draw(figure, mapName, placed);
    }

    public ChartOptions Options { get; }

    /// <summary>
    /// The shapes as GeoJSON, for echarts.registerMap before the chart first draws. Registered by the page rather than
    /// through the wrapper's map parameter, which serializes a map definition by its interface and drops the shapes.
    /// </summary>
    public object Shapes { get; }

    /// <summary>The marks of the first series (coloured by the figure), in order: what a click's data index points at.</summary>
    public IReadOnlyList<CompoundMark> Valued { get; }

    /// <summary>The marks of the second series (nothing counted yet), in order.</summary>
    public IReadOnlyList<CompoundMark> Unvalued { get; }

    public static CompoundMapOptions For(IReadOnlyList<CompoundMark> marks, MapFigure figure, string mapName) => new(marks, figure, mapName);

    /// <summary>The compound a click landed on, if it landed on a mark.</summary>
    public CompoundMark? Clicked(int? seriesIndex, int? dataIndex) => (seriesIndex, dataIndex) switch
    {
        (0, { } i) when i >= 0 && i < Valued.Count => Valued[i],
        (1, { } i) when i >= 0 && i < Unvalued.Count => Unvalued[i],
        _ => null,
    };

    private ChartOptions Draw(MapFigure figure, string mapName, IReadOnlyList<CompoundMark> placed)
    {
        var label = MapBands.Label(figure);
        var meanLat = placed.Count == 0 ? 0 : placed.Average(m => m.Point!.Lat);
        return new ChartOptions
        {
            TextStyle = ChartLook.Text,
            Tooltip = ChartLook.Tooltip(TooltipTrigger.Item, new StringOrFunction(new JavascriptFunction(
                $"function (p) {{ return echarts.format.encodeHTML(p.name) + '<br/>' + p.marker + {ChartLook.Js(label)} + ': ' + p.data.text; }}"))),
            Geo = new Geo
            {
                Map = mapName,

                // A degree of longitude is shorter than one of latitude away from the equator: cos(latitude) keeps shapes true.
                AspectScale = Math.Cos(meanLat * Math.PI / 180),
                Silent = true,
                Top = 8,
                Bottom = 48,
                Left = 8,
                Right = 8,
                ItemStyle = new ItemStyle { AreaColor = "#e0e0e0", BorderColor = "#616161", BorderWidth = 1 },
                Regions =
                [
                    new GeoRegion { Name = Panel, ItemStyle = new ItemStyle { AreaColor = "#f5f7fa", BorderColor = "#dfe3e8" } },
                    .. placed.Where(m => m.Boundary is not null).Select(m => new GeoRegion
                    {
                        Name = m.Id,
                        ItemStyle = new ItemStyle { AreaColor = MapBands.Value(m, figure) is { } v ? MapBands.Colour(figure, v) + "55" : NoFigure + "55" },
                    }),
                ],
            },
            VisualMap = new PiecewiseVisualMap
            {
                SeriesIndex = 0,
                Dimension = 2,
                Orient = Orient.Horizontal,
                Left = "center",
                Bottom = 4,
                ItemGap = 6,
                TextStyle = ChartLook.Text,
                Pieces = [.. MapBands.Of(figure).Select(b => new VisualMapPiece { Min = b.Min, Max = b.Max, Label = b.Label, Color = b.Colour })],
            },
            Legend = new Legend { Data = new[] { T("No figure yet") }, Top = 4, Right = 8, TextStyle = ChartLook.Text },
            Series =
            [
                Marks(label, Valued, m => [m.Point!.Lng, m.Point.Lat, MapBands.Value(m, figure)!.Value], m => MapBands.Text(m, figure), null),
                Marks(T("No figure yet"), Unvalued, m => [m.Point!.Lng, m.Point.Lat], _ => T("No figure yet"), NoFigure),
            ],
        };
    }

    private static ScatterSeries Marks(string name, IReadOnlyList<CompoundMark> marks, Func<CompoundMark, double[]> value, Func<CompoundMark, string> text, string? colour) => new()
    {
        Name = name,
        CoordinateSystem = "geo",
        GeoIndex = 0,
        SymbolSize = 12,
        Cursor = "pointer",
        ItemStyle = new ItemStyle { Color = colour is null ? null : new Color(colour), BorderColor = "#ffffff", BorderWidth = 1 },
        Emphasis = new Emphasis { Scale = 1.6 },
        Data = marks.Select(m => new { name = Show.Name(m.Name, m.NameZh), value = value(m), text = text(m) }).ToArray(),
    };

    /// <summary>The outlines as GeoJSON (longitude first), and the panel: the box around every position and outline, with a margin.</summary>
    private static object GeoJson(IReadOnlyList<CompoundMark> placed)
    {
        var points = placed.Select(m => m.Point!).Concat(placed.SelectMany(m => m.Boundary?.Ring ?? [])).ToList();
        if (points.Count == 0)
        {
            points = [new GeoPoint(0, 0)];
        }

        double south = points.Min(p => p.Lat), north = points.Max(p => p.Lat), west = points.Min(p => p.Lng), east = points.Max(p => p.Lng);
        var margin = Math.Max(Math.Max(north - south, east - west) * 0.08, 0.002);
        (south, north, west, east) = (south - margin, north + margin, west - margin, east + margin);
        return new
        {
            type = "FeatureCollection",
            features = placed.Where(m => m.Boundary is not null)
                .Select(m => Feature(m.Id, m.Boundary!.Ring.Select(p => new[] { p.Lng, p.Lat })))
                .Prepend(Feature(Panel, [[west, south], [east, south], [east, north], [west, north], [west, south]]))
                .ToArray(),
        };
    }

    private static object Feature(string name, IEnumerable<double[]> ring) => new
    {
        type = "Feature",
        properties = new { name },
        geometry = new { type = "Polygon", coordinates = new[] { ring.ToArray() } },
    };
}
