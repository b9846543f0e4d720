using System.Diagnostics.Metrics;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Grains.Metrics;

/// <summary>
/// How stale a place's figures were when it published them: from the oldest change a publication carries (a ticket or
/// plan transition for a compound, a child's snapshot for a community or region) to the publication. Tagged by level,
/// so the lag of each hop up the tree shows apart; a ticket's way to the subdistrict is the sum of three hops.
/// </summary>
public sealed class FiguresMetrics
{
    // Explicit buckets: the SDK's defaults start at 5 (seconds), far above the sub-second lag the figures keep.
    private static readonly IReadOnlyList<double> Buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    private readonly Histogram<double> _freshness;

    public FiguresMetrics(IMeterFactory meters) =>
        _freshness = meters.Create(GovernanceMeter.Name).CreateHistogram(
            "governance.figures.freshness",
            "s",
            "Time from a change to the publication of figures that include it, by level (compound, community, region).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Buckets });

    public void Published(string level, TimeSpan lag) =>
        _freshness.Record(Math.Max(0, lag.TotalSeconds), new KeyValuePair<string, object?>("level", level));
}
