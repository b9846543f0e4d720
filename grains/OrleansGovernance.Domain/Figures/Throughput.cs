namespace OrleansGovernance.Domain.Figures;

/// <summary>One bucket of a throughput series: requests submitted and settled from <see cref="Start"/> (China time) on.</summary>
public sealed record ThroughputPoint(DateTimeOffset Start, int Submitted, int Settled);

/// <summary>Submitted and settled per hour (48 h), day (30 days) and ISO week (26 weeks), oldest first, in China time.</summary>
public sealed record Throughput(
    IReadOnlyList<ThroughputPoint> Hourly,
    IReadOnlyList<ThroughputPoint> Daily,
    IReadOnlyList<ThroughputPoint> Weekly)
{
    /// <summary>The series placed as of the figures' own moment, so every level shows the same buckets.</summary>
    public static Throughput Of(PlaceFigures f)
    {
        var windows = new FiguresCalculator.Windows(f.AsOf);
        return new(
            Points(f.Hourly, windows.HourlyFrom, FiguresCalculator.HourlyBuckets, TimeSpan.FromHours(1)),
            Points(f.Daily, windows.DailyFrom, FiguresCalculator.DailyBuckets, TimeSpan.FromDays(1)),
            Points(f.Weekly, windows.WeeklyFrom, FiguresCalculator.WeeklyBuckets, TimeSpan.FromDays(7)));
    }

    private static ThroughputPoint[] Points(FlowSeries series, DateTimeOffset from, int count, TimeSpan step) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var start = from + (step * i);
            var bucket = series.At(start.ToUnixTimeSeconds());
            return new ThroughputPoint(start, bucket.Submitted, bucket.Settled);
        })];
}
