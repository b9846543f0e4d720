namespace OrleansGovernance.Domain.Figures;

/// <summary>
/// Durations counted in fixed buckets, so that a parent's distribution is the bucket-wise sum of its children's
/// and a percentile can be read at any level. A percentile is reported as the upper edge of the bucket that holds
/// it: never below the true value and at most one bucket above it, except past the last edge (48 hours to
/// acknowledge, 30 days to settle), where it is capped at that edge.
/// </summary>
[GenerateSerializer, Alias("governance.histogram")]
public sealed class Histogram
{
    /// <summary>Upper edges, in minutes, for the time to acknowledge (the limit is 5 minutes by default).</summary>
    public static readonly double[] MinuteEdges = [0.5, 1, 2, 3, 4, 5, 7, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1440, 2880];

    /// <summary>Upper edges, in hours, for the time to settle (the limit is 7 days by default).</summary>
    public static readonly double[] HourEdges = [1, 2, 4, 8, 12, 24, 36, 48, 72, 96, 120, 144, 168, 240, 336, 504, 720];

    /// <summary>Counts per bucket; the last bucket holds everything above the last edge.</summary>
    [Id(0)] public int[] Counts { get; set; } = [];

    /// <summary>Adds <paramref name="delta"/> (+1 or -1) to the bucket of <paramref name="value"/>; a histogram emptied back to zero holds no buckets, as one never counted.</summary>
    public void Count(double value, double[] edges, int delta = 1)
    {
        if (Counts.Length == 0)
        {
            Counts = new int[edges.Length + 1];
        }

        var bucket = Array.FindIndex(edges, edge => value <= edge);
        Counts[bucket < 0 ? edges.Length : bucket] += delta;
        if (delta < 0 && Array.TrueForAll(Counts, count => count == 0))
        {
            Counts = [];
        }
    }

    public void Add(Histogram other)
    {
        if (other.Counts.Length == 0)
        {
            return;
        }

        if (Counts.Length == 0)
        {
            Counts = new int[other.Counts.Length];
        }

        for (var i = 0; i < Counts.Length; i++)
        {
            Counts[i] += other.Counts[i];
        }
    }

    /// <summary>The upper edge of the bucket holding the <paramref name="fraction"/> quantile; null when nothing is counted.</summary>
    public double? Percentile(double fraction, double[] edges)
    {
        var total = Counts.Sum();
        if (total == 0)
        {
            return null;
        }

        var rank = Math.Ceiling(fraction * total);
        var seen = 0;
        for (var i = 0; i < Counts.Length; i++)
        {
            seen += Counts[i];
            if (seen >= rank)
            {
                return edges[Math.Min(i, edges.Length - 1)];
            }
        }

        return edges[^1];
    }
}
