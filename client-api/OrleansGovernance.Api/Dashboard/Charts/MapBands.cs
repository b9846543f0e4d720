using static OrleansGovernance.Api.Dashboard.Texts;

namespace OrleansGovernance.Api.Dashboard.Charts;

/// <summary>One colour band of the map's legend: values from Min to Max (both kept), Max open when null.</summary>
public sealed record MapBand(double Min, double? Max, string Label, string Colour)
{
    public bool Holds(double value) => value >= Min && (Max is not { } max || value <= max);
}

/// <summary>How each figure reads on the map: its name, a compound's value and words for it, and its colour bands, good green to bad red.</summary>
public static class MapBands
{
    private const string Good = "#2e7d32";
    private const string Fair = "#9e9d24";
    private const string Poor = "#ef6c00";
    private const string Bad = "#c62828";

    // Rates are shown in percent rounded to a tenth, so a band ending at 79.9 leaves no gap before 80.
    private static readonly MapBand[] Rates =
    [
        new(0, 79.9, "< 80%", Bad),
        new(80, 89.9, "80–90%", Poor),
        new(90, 94.9, "90–95%", Fair),
        new(95, 100, "≥ 95%", Good),
    ];

    private static readonly MapBand[] Counts =
    [
        new(0, 0, "0", Good),
        new(1, 2, "1–2", Fair),
        new(3, 5, "3–5", Poor),
        new(6, null, "≥ 6", Bad),
    ];

    public static IReadOnlyList<MapBand> Of(MapFigure figure) => figure is MapFigure.OnTimeResponse or MapFigure.Satisfaction ? Rates : Counts;

    public static string Label(MapFigure figure) => figure switch
    {
        MapFigure.OnTimeResponse => T("Acknowledged within limit"),
        MapFigure.Satisfaction => T("Satisfaction rate"),
        MapFigure.OpenRequests => T("Open requests"),
        _ => T("Overdue"),
    };

    /// <summary>The compound's value on the map's scale; null while nothing is counted (no requests, no ratings).</summary>
    public static double? Value(CompoundMark mark, MapFigure figure) => figure switch
    {
        MapFigure.OnTimeResponse => Percent(mark.Requests.AcknowledgedWithinLimitRate),
        MapFigure.Satisfaction => Percent(mark.Satisfaction.Rate),
        MapFigure.OpenRequests => mark.Requests.Open,
        _ => mark.Requests.Overdue,
    };

    public static string Text(CompoundMark mark, MapFigure figure) => figure switch
    {
        MapFigure.OnTimeResponse => $"{Show.Percent(mark.Requests.AcknowledgedWithinLimitRate)} ({Show.Count(mark.Requests.AcknowledgedWithinLimit)} / {Show.Count(mark.Requests.AcknowledgedWithinLimit + mark.Requests.Breached)})",
        MapFigure.Satisfaction => $"{Show.Percent(mark.Satisfaction.Rate)} ({Show.Count(mark.Satisfaction.Rated)} {T("rated")})",
        MapFigure.OpenRequests => Show.Count(mark.Requests.Open),
        _ => Show.Count(mark.Requests.Overdue),
    };

    public static string Colour(MapFigure figure, double value) => Of(figure).FirstOrDefault(b => b.Holds(value))?.Colour ?? Bad;

    private static double? Percent(double? rate) => rate is { } r ? Math.Round(r * 100, 1) : null;
}
