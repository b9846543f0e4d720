using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Dashboard.Overview;

/// <summary>
/// A run of whole China calendar months (yyyymm, inclusive), the grain in which the figures keep their history, with
/// the periods it is compared with: the same number of months just before, and the same months a year earlier.
/// </summary>
public sealed record ReportPeriod(string Key, int From, int To)
{
    public const string ThisMonth = "month";
    public const string ThreeMonths = "three-months";
    public const string ThisYear = "year";
    public const string LastYear = "last-year";
    public const string TwelveMonths = "twelve-months";
    public const string Range = "range";

    /// <summary>The periods the picker offers, in the order shown; this year is the default.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Choices =
    [
        (ThisMonth, "This month"), (ThreeMonths, "Last 3 months"), (ThisYear, "This year"), (LastYear, "Last year"),
        (TwelveMonths, "Last 12 months"),
    ];

    public int Length => Index(To) - Index(From) + 1;

    public ReportPeriod Previous => this with { From = Shift(From, -Length), To = Shift(To, -Length) };

    public ReportPeriod YearEarlier => this with { From = Shift(From, -12), To = Shift(To, -12) };

    public bool Holds(int month) => month >= From && month <= To;

    /// <summary>The period <paramref name="key"/> names as seen at <paramref name="now"/>; an unknown key is this year.</summary>
    public static ReportPeriod Of(string? key, DateTimeOffset now)
    {
        var month = ChinaTime.Month(now);
        var year = month / 100;
        return key switch
        {
            ThisMonth => new(ThisMonth, month, month),
            ThreeMonths => new(ThreeMonths, Shift(month, -2), month),
            LastYear => new(LastYear, ((year - 1) * 100) + 1, ((year - 1) * 100) + 12),
            TwelveMonths => new(TwelveMonths, Shift(month, -11), month),
            _ => new(ThisYear, (year * 100) + 1, month),
        };
    }

    /// <summary>
    /// The period an address names (<c>?period=</c>, and <c>from</c>/<c>to</c> months for a range), so a link shows what
    /// its sender saw; anything not understood reads as the default rather than failing the page.
    /// </summary>
    public static ReportPeriod InAddress(string? key, int? from, int? to, DateTimeOffset now) =>
        key == Range && from is { } first && to is { } last && IsMonth(first) && IsMonth(last)
            ? Between(first, last)
            : Of(key, now);

    /// <summary>The months from one to another, whichever order they are given in.</summary>
    public static ReportPeriod Between(int month, int other) => new(Range, Math.Min(month, other), Math.Max(month, other));

    /// <summary>"2026-01 – 2026-12", or one month alone.</summary>
    public static string Describe(ReportPeriod period) =>
        period.From == period.To ? Name(period.From) : $"{Name(period.From)} – {Name(period.To)}";

    private static bool IsMonth(int month) => month / 100 is >= 2000 and <= 2999 && month % 100 is >= 1 and <= 12;

    private static string Name(int month) => $"{month / 100}-{month % 100:00}";

    private static int Index(int month) => ((month / 100) * 12) + (month % 100) - 1;

    private static int Shift(int month, int by)
    {
        var index = Index(month) + by;
        return ((index / 12) * 100) + (index % 12) + 1;
    }
}
