namespace OrleansGovernance.Domain.Figures;

/// <summary>
/// Requests submitted and settled per time bucket, keyed by the bucket's start (Unix seconds). Keyed rather
/// than positional so that series computed a moment apart still add up bucket by bucket.
/// </summary>
[GenerateSerializer, Alias("governance.flow-series")]
public sealed class FlowSeries
{
    [Id(0)] public SortedDictionary<long, FlowCount> Buckets { get; set; } = [];

    public void Count(long bucketStart, bool submitted)
    {
        if (!Buckets.TryGetValue(bucketStart, out var count))
        {
            count = new FlowCount();
            Buckets[bucketStart] = count;
        }

        if (submitted)
        {
            count.Submitted++;
        }
        else
        {
            count.Settled++;
        }
    }

    public void Add(FlowSeries o)
    {
        foreach (var (start, count) in o.Buckets)
        {
            if (!Buckets.TryGetValue(start, out var mine))
            {
                mine = new FlowCount();
                Buckets[start] = mine;
            }

            mine.Submitted += count.Submitted;
            mine.Settled += count.Settled;
        }
    }
}

[GenerateSerializer, Alias("governance.flow-count")]
public sealed class FlowCount
{
    [Id(0)] public int Submitted { get; set; }
    [Id(1)] public int Settled { get; set; }
}
