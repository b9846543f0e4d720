namespace OrleansGovernance.Bench.Platform;

/// <summary>A silo's garbage-collection pauses over an interval, in ms, and the runtime's total pause time over it.</summary>
public sealed record GcPauseReading(IReadOnlyList<double> Pauses, double TotalMs)
{
    public static readonly GcPauseReading None = new([], 0);

    public double Percentile(double p)
    {
        if (Pauses.Count == 0)
        {
            return 0;
        }

        var sorted = Pauses.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }

    /// <summary>"n pauses, p50 / p99 / max ms, total ms" for a table cell.</summary>
    public string Summary() => Pauses.Count == 0
        ? TotalMs == 0 ? "–" : $"none (total {TotalMs:F0} ms)"
        : $"{Pauses.Count} pauses, p50 {Percentile(0.5):F1} / p99 {Percentile(0.99):F1} / max {Pauses.Max():F1} ms, total {TotalMs:F0} ms";
}
