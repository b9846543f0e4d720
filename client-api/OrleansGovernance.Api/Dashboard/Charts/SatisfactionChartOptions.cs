using System.Text.Json;
using OrleansGovernance.Api.Contracts;
using Vizor.ECharts;
using static OrleansGovernance.Api.Dashboard.Texts;

namespace OrleansGovernance.Api.Dashboard.Charts;

/// <summary>The five-level scale (非常满意 … 非常不满意) as a donut with each level's share, best first, green to red.</summary>
public static class SatisfactionChartOptions
{
    private static readonly string[] Colours = ["#1b5e20", "#43a047", "#c0ca33", "#fb8c00", "#c62828"];

    public static IReadOnlyList<(string Label, int Count)> Slices(SatisfactionLevels levels) =>
    [
        (T("Very satisfied"), levels.VerySatisfied),
        (T("Satisfied"), levels.Satisfied),
        (T("Basically satisfied"), levels.BasicallySatisfied),
        (T("Dissatisfied"), levels.Dissatisfied),
        (T("Very dissatisfied"), levels.VeryDissatisfied),
    ];

    /// <summary>
    /// The legend under the donut carries each level's share: slice labels around a donut run off a 390 px phone,
    /// and a plain legend wraps onto a second line where English names are long.
    /// </summary>
    public static ChartOptions For(SatisfactionLevels levels)
    {
        var slices = Slices(levels);
        var rated = slices.Sum(s => s.Count);
        var shares = slices.ToDictionary(s => s.Label, s => Show.Percent(rated == 0 ? null : (double)s.Count / rated));
        return new ChartOptions
        {
            TextStyle = ChartLook.Text,
            Color = [.. Colours],
            Tooltip = ChartLook.Tooltip(TooltipTrigger.Item, new StringOrFunction(new JavascriptFunction("function (p) { return p.marker + p.name + ': ' + p.value + ' (' + p.percent + '%)'; }"))),
            Legend = new Legend
            {
                Left = "center",
                Bottom = 0,
                ItemGap = 12,
                TextStyle = ChartLook.Text,
                Formatter = new StringOrFunction(new JavascriptFunction($"function (name) {{ return name + '  ' + {JsonSerializer.Serialize(shares)}[name]; }}")),
            },
            Series =
            [
                new PieSeries
                {
                    Name = T("Ratings"),
                    Radius = new CircleRadius("30%", "50%"),
                    Center = new CircleCenter("50%", "38%"),
                    PercentPrecision = 1,
                    Label = new Label { Show = false },
                    Data = slices.Select(s => new { name = s.Label, value = s.Count }).ToArray(),
                },
            ],
        };
    }

    public static string Summary(SatisfactionSummary satisfaction)
    {
        var rated = satisfaction.Levels.VerySatisfied + satisfaction.Levels.Satisfied + satisfaction.Levels.BasicallySatisfied
            + satisfaction.Levels.Dissatisfied + satisfaction.Levels.VeryDissatisfied;
        var shares = Slices(satisfaction.Levels).Select(s => $"{s.Label} {Show.Percent(rated == 0 ? null : (double)s.Count / rated)}");
        return $"{T("Satisfaction (five levels)")}: {Show.Count(rated)} {T("rated")}; {string.Join(", ", shares)}";
    }
}
