using OrleansGovernance.Api.Contracts;

namespace OrleansGovernance.Api.Dashboard.Overview;

/// <summary>
/// A place in the ranking (红黑榜) with its requests of the chosen period, the period before and the same period a
/// year earlier, and the community whose request desk handles its requests (none above a community).
/// </summary>
public sealed record RankedPlace(PlaceSummary Place, PeriodFigures Now, PeriodFigures Previous, PeriodFigures YearEarlier, string? DeskCommunity)
{
    public static RankedPlace Of(PlaceSummary place, ReportPeriod period, string? deskCommunity) =>
        new(place, PeriodFigures.Of(place, period), PeriodFigures.Of(place, period.Previous), PeriodFigures.Of(place, period.YearEarlier), deskCommunity);

    /// <summary>The rate's change in percentage points against <paramref name="then"/>; null when either is not counted.</summary>
    public static double? Change(PeriodFigures now, PeriodFigures then, Measure measure) =>
        now.Rate(measure) is { } a && then.Rate(measure) is { } b ? Math.Round((a - b) * 100, 1) : null;
}
