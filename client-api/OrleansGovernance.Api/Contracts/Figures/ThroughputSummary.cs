using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

/// <summary>Submitted and settled per hour (48 h), day (30 days) and ISO week (26 weeks), oldest first, in China time.</summary>
public sealed record ThroughputSummary(
    IReadOnlyList<FlowPoint> Hourly,
    IReadOnlyList<FlowPoint> Daily,
    IReadOnlyList<FlowPoint> Weekly)
{
    public static ThroughputSummary From(PlaceFigures f)
    {
        var throughput = Throughput.Of(f);
        return new(Points(throughput.Hourly), Points(throughput.Daily), Points(throughput.Weekly));
    }

    private static FlowPoint[] Points(IReadOnlyList<ThroughputPoint> points) =>
        [.. points.Select(p => new FlowPoint(p.Start, p.Submitted, p.Settled))];
}
