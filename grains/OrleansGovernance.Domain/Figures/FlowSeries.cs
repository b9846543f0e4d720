namespace OrleansGovernance.Domain.Figures;

/// <summary>
/// Requests submitted and settled per time bucket, keyed by the bucket's start (Unix seconds), oldest first. Keyed
/// rather than positional so that series computed a moment apart still add up bucket by bucket; a sorted array
/// rather than a tree, since most places hold few buckets or none and a country holds 720,000 places.
/// </summary>
[GenerateSerializer, Alias("governance.flow-series")]
public sealed class FlowSeries
{
    [Id(0)] public FlowBucket[] Buckets { get; set; } = [];

    /// <summary>The bucket starting at <paramref name="start"/>, zero when nothing was counted there.</summary>
    public FlowBucket At(long start)
    {
        var index = IndexOf(start);
        return index >= 0 ? Buckets[index] : new FlowBucket(start, 0, 0);
    }

    /// <summary>Adds <paramref name="delta"/> to the bucket's submitted or settled count; a bucket back at zero is dropped, as one never counted.</summary>
    public void Count(long bucketStart, bool submitted, int delta = 1)
    {
        var index = IndexOf(bucketStart);
        if (index < 0)
        {
            index = ~index;
            Buckets = [.. Buckets[..index], new FlowBucket(bucketStart, 0, 0), .. Buckets[index..]];
        }

        var held = Buckets[index];
        var counted = submitted ? held with { Submitted = held.Submitted + delta } : held with { Settled = held.Settled + delta };
        if (counted is { Submitted: 0, Settled: 0 })
        {
            Buckets = [.. Buckets[..index], .. Buckets[(index + 1)..]];
        }
        else
        {
            Buckets[index] = counted;
        }
    }

    /// <summary>Forgets the buckets that start before <paramref name="start"/>: a window that has moved on no longer shows them.</summary>
    public void DropBefore(long start)
    {
        var index = IndexOf(start);
        var first = index < 0 ? ~index : index;
        if (first > 0)
        {
            Buckets = Buckets[first..];
        }
    }

    /// <summary>Adds another series bucket by bucket: one merge of the two sorted arrays.</summary>
    public void Add(FlowSeries o)
    {
        if (o.Buckets.Length == 0)
        {
            return;
        }

        if (Buckets.Length == 0)
        {
            Buckets = [.. o.Buckets];
            return;
        }

        var merged = new List<FlowBucket>(Buckets.Length + o.Buckets.Length);
        int mine = 0, theirs = 0;
        while (mine < Buckets.Length || theirs < o.Buckets.Length)
        {
            if (theirs == o.Buckets.Length || (mine < Buckets.Length && Buckets[mine].Start < o.Buckets[theirs].Start))
            {
                merged.Add(Buckets[mine++]);
            }
            else if (mine == Buckets.Length || o.Buckets[theirs].Start < Buckets[mine].Start)
            {
                merged.Add(o.Buckets[theirs++]);
            }
            else
            {
                var (a, b) = (Buckets[mine++], o.Buckets[theirs++]);
                merged.Add(new FlowBucket(a.Start, a.Submitted + b.Submitted, a.Settled + b.Settled));
            }
        }

        Buckets = [.. merged];
    }

    private int IndexOf(long start)
    {
        int low = 0, high = Buckets.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var at = Buckets[middle].Start;
            if (at == start)
            {
                return middle;
            }

            (low, high) = at < start ? (middle + 1, high) : (low, middle - 1);
        }

        return ~low;
    }
}

[GenerateSerializer, Immutable, Alias("governance.flow-bucket")]
public readonly record struct FlowBucket(
    [property: Id(0)] long Start,
    [property: Id(1)] int Submitted,
    [property: Id(2)] int Settled);
