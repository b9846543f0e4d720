using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Dashboard.Overview;

/// <summary>A place's requests of one period: the sum of the months the period holds, and the 三率 of that sum.</summary>
public sealed record PeriodFigures(
    int Submitted, int AnsweredInTime, int Breached, int Settled, int Rated, int SatisfiedOrBetter, IReadOnlyDictionary<string, int> Categories)
{
    public double? Rate(Measure measure) => measure switch
    {
        Measure.Response => Rates.Of(AnsweredInTime, AnsweredInTime + Breached),
        Measure.Settle => Rates.Of(Settled, Submitted),
        _ => Rates.Of(SatisfiedOrBetter, Rated),
    };

    /// <summary>"part / whole" behind a rate, so a rate of few requests is read as such.</summary>
    public (int Part, int Whole) Counts(Measure measure) => measure switch
    {
        Measure.Response => (AnsweredInTime, AnsweredInTime + Breached),
        Measure.Settle => (Settled, Submitted),
        _ => (SatisfiedOrBetter, Rated),
    };

    public static PeriodFigures Of(PlaceSummary place, ReportPeriod period)
    {
        int submitted = 0, inTime = 0, breached = 0, settled = 0, rated = 0, satisfied = 0;
        var categories = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, month) in place.Months)
        {
            if (!period.Holds(key))
            {
                continue;
            }

            submitted += month.Submitted;
            inTime += month.AnsweredInTime;
            breached += month.Breached;
            settled += month.Settled;
            rated += month.Satisfaction.Rated;
            var levels = month.Satisfaction.Levels;
            satisfied += levels.VerySatisfied + levels.Satisfied + levels.BasicallySatisfied;
            foreach (var (category, count) in month.Categories)
            {
                categories[category] = categories.GetValueOrDefault(category) + count;
            }
        }

        return new(submitted, inTime, breached, settled, rated, satisfied, categories);
    }
}
