using System.Globalization;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Domain;
using Vizor.ECharts;
using static OrleansGovernance.Api.Dashboard.Texts;

namespace OrleansGovernance.Api.Dashboard.Charts;

/// <summary>Requests submitted and settled per bucket as paired bars; the value axis grows with the busiest bucket.</summary>
public static class FlowChartOptions
{
    public static string Title(FlowScale scale) =>
        scale == FlowScale.Hourly ? T("Submitted and settled per hour (48 hours)") : T("Submitted and settled per day (30 days)");

    /// <summary>A bucket's start in China time, as the hover box names it: the hour carries its day.</summary>
    public static string Label(FlowPoint point, FlowScale scale) =>
        ChinaTime.ToChina(point.Start).ToString(scale == FlowScale.Hourly ? "MM-dd HH:00" : "MM-dd", CultureInfo.InvariantCulture);

    public static ChartOptions For(IReadOnlyList<FlowPoint> points, FlowScale scale) => new()
    {
        TextStyle = ChartLook.Text,
        Grid = ChartLook.Grid(),
        Legend = new Legend { Top = 0, Left = "center", TextStyle = ChartLook.Text },
        Tooltip = ChartLook.Tooltip(TooltipTrigger.Axis),
        XAxis = new XAxis
        {
            Type = AxisType.Category,
            Data = points.Select(p => Label(p, scale)).ToList(),
            AxisLabel = new AxisLabel
            {
                Color = ChartLook.TextColour,

                // The axis names the hour only; the day is in the hover box.
                Formatter = scale == FlowScale.Hourly ? new StringOrFunction(new JavascriptFunction("function (v) { return v.slice(6); }")) : null,
            },
        },
        YAxis = new YAxis
        {
            Type = AxisType.Value,

            // Whole requests: no 0.5 ticks when a place is quiet; no fixed maximum, so a busy day is never cut off.
            MinInterval = 1,
            AxisLabel = new AxisLabel { Color = ChartLook.TextColour },
        },
        Series =
        [
            new BarSeries { Name = T("Submitted"), Data = points.Select(p => p.Submitted).ToArray(), ItemStyle = new ItemStyle { Color = ChartLook.Submitted } },
            new BarSeries { Name = T("Settled"), Data = points.Select(p => p.Settled).ToArray(), ItemStyle = new ItemStyle { Color = ChartLook.Settled } },
        ],
    };

    /// <summary>The chart in words, for readers who cannot see it.</summary>
    public static string Summary(IReadOnlyList<FlowPoint> points, FlowScale scale)
    {
        var busiest = points.MaxBy(p => p.Submitted);
        var text = $"{Title(scale)}: {T("Submitted")} {Show.Count(points.Sum(p => p.Submitted))}, {T("Settled")} {Show.Count(points.Sum(p => p.Settled))}";
        return busiest is { Submitted: > 0 } ? $"{text}; {T("busiest")} {Label(busiest, scale)} ({Show.Count(busiest.Submitted)})" : text;
    }
}
