namespace OrleansGovernance.Api.Endpoints;

/// <summary>One call per place or ticket, several in flight at a time, answers in the order asked.</summary>
internal static class FanOut
{
    // Enough calls in flight to hide the latency of a hop between silos; few enough that one HTTP request walking a
    // district cannot flood the cluster with hundreds of calls at once.
    private const int InFlight = 16;

    public static async Task<TResult[]> Map<T, TResult>(IReadOnlyList<T> items, Func<T, Task<TResult>> call)
    {
        var results = new TResult[items.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, items.Count),
            new ParallelOptions { MaxDegreeOfParallelism = InFlight },
            async (i, _) => results[i] = await call(items[i]));
        return results;
    }
}
