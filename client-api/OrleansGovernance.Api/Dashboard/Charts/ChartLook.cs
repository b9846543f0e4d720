using System.Text.Json;
using Vizor.ECharts;

namespace OrleansGovernance.Api.Dashboard.Charts;

/// <summary>What every dashboard chart shares: readable text, a tooltip tests can find, room for labels on a phone.</summary>
public static class ChartLook
{
    /// <summary>The class of every chart's hover box: the E2E tests read values from it.</summary>
    public const string TooltipClass = "og-chart-tooltip";

    /// <summary>Dark enough on white for 4.5:1 contrast (#5f6368 is 6.0:1).</summary>
    public const string TextColour = "#5f6368";

    public const string Submitted = "#3f51b5";
    public const string Settled = "#2e7d32";

    public static TextStyle Text => new() { Color = TextColour, FontSize = 12 };

    // The right margin leaves room for the last category label, which is centred on the axis' end.
    public static Grid Grid(double top = 36) => new() { Left = 8, Right = 32, Top = top, Bottom = 8, ContainLabel = true };

    public static Tooltip Tooltip(TooltipTrigger trigger, StringOrFunction? formatter = null) => new()
    {
        Trigger = trigger,
        ClassName = TooltipClass,

        // Kept inside the chart, so on a 390 px phone the box never runs off the screen.
        Confine = true,
        Formatter = formatter,
    };

    /// <summary>
    /// A JavaScript string literal of <paramref name="text"/>, for words put into a formatter function. Names come
    /// from people, so whatever the formatter shows of them goes through echarts' HTML encoding as well.
    /// </summary>
    public static string Js(string text) => JsonSerializer.Serialize(text);
}
