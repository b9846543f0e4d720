using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Domain.Tests.Figures;

public sealed class FlowSeriesTests
{
    [Fact]
    public void Adding_two_series_equals_counting_both_sets_of_events_into_one_sorted_series()
    {
        var random = new Random(48);
        for (var round = 0; round < 200; round++)
        {
            var events = Enumerable.Range(0, random.Next(0, 40)).Select(_ => (Start: random.Next(0, 12) * 3600L, Submitted: random.Next(2) == 0)).ToList();
            var split = random.Next(0, events.Count + 1);
            FlowSeries mine = new(), theirs = new(), all = new();
            foreach (var (start, submitted) in events.Take(split))
            {
                mine.Count(start, submitted);
            }

            foreach (var (start, submitted) in events.Skip(split))
            {
                theirs.Count(start, submitted);
            }

            foreach (var (start, submitted) in events)
            {
                all.Count(start, submitted);
            }

            mine.Add(theirs);

            Assert.Equal(all.Buckets, mine.Buckets);
            Assert.Equal(all.Buckets.OrderBy(b => b.Start), all.Buckets);
            Assert.Equal(events.Count, all.Buckets.Sum(b => b.Submitted + b.Settled));
        }
    }

    [Fact]
    public void A_bucket_never_counted_reads_as_zero()
    {
        var series = new FlowSeries();
        series.Count(7200, submitted: false);

        Assert.Equal(new FlowBucket(3600, 0, 0), series.At(3600));
        Assert.Equal(new FlowBucket(7200, 0, 1), series.At(7200));
    }
}
