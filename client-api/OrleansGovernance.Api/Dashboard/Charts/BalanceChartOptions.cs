using OrleansGovernance.Domain.Ledger;
using Vizor.ECharts;
using static OrleansGovernance.Api.Dashboard.Texts;

namespace OrleansGovernance.Api.Dashboard.Charts;

/// <summary>A ledger's closing balance month by month as a line; hovering a month shows its income, expense and balance.</summary>
public static class BalanceChartOptions
{
    private const string Line = "#00695c";

    public static ChartOptions For(IReadOnlyList<PeriodBalance> months) => new()
    {
        TextStyle = ChartLook.Text,
        Grid = ChartLook.Grid(top: 16),
        Tooltip = ChartLook.Tooltip(TooltipTrigger.Axis, new StringOrFunction(new JavascriptFunction($$"""
            function (p) {
                var d = p[0].data;
                return p[0].name + '<br/>' + {{ChartLook.Js(T("Income"))}} + ' ' + d.income + '<br/>' + {{ChartLook.Js(T("Expense"))}} + ' ' + d.expense
                    + '<br/>' + p[0].marker + {{ChartLook.Js(T("Closing balance"))}} + ' <b>' + d.closing + '</b>';
            }
            """))),
        XAxis = new XAxis
        {
            Type = AxisType.Category,
            BoundaryGap = new BoundaryGap(false),
            Data = months.Select(m => m.Period).ToList(),
            AxisLabel = new AxisLabel { Color = ChartLook.TextColour },
        },
        YAxis = new YAxis
        {
            Type = AxisType.Value,

            // A balance far from zero still shows its ups and downs.
            Scale = true,
            AxisLabel = new AxisLabel { Color = ChartLook.TextColour, Formatter = "¥{value}" },
        },
        Series =
        [
            new LineSeries
            {
                Name = T("Closing balance"),
                ItemStyle = new ItemStyle { Color = Line },
                LineStyle = new LineStyle { Color = Line, Width = 2 },
                Data = months.Select(m => new
                {
                    value = m.Closing.Yuan,
                    income = Show.Yuan(m.Income),
                    expense = Show.Yuan(m.Expense),
                    closing = Show.Yuan(m.Closing),
                }).ToArray(),
            },
        ],
    };

    public static string Summary(IReadOnlyList<PeriodBalance> months) => months.Count == 0
        ? T("Monthly balances")
        : $"{T("Monthly balances")} {months[0].Period} – {months[^1].Period}: {T("Closing balance")} {Show.Yuan(months[0].Closing)} → {Show.Yuan(months[^1].Closing)}, "
          + $"{T("lowest")} {Show.Yuan(months.Min(m => m.Closing))}, {T("highest")} {Show.Yuan(months.Max(m => m.Closing))}";
}
