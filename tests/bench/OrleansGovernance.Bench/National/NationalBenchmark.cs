using System.Diagnostics;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Bench.Synthetic;
using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench.National;

/// <summary>
/// Part 4 of issue 8: a whole synthetic country live on one silo. Loads the country into PostgreSQL, starts one
/// silo, reads its memory with nothing active (the baseline), activates every compound, community and region
/// (bottom up, a bounded number of calls in flight), reads the memory again, and waits until the nation's figures
/// equal the totals counted from the generator.
/// </summary>
public sealed class NationalBenchmark(NationalOptions options, Action<string> progress)
{
    public async Task<NationalResult> Run(PostgresServer postgres)
    {
        var generator = new CountryGenerator(CountryShape.Scaled(options.Scale, options.Seed, options.TicketsPerCompound, options.Years));
        var database = await postgres.CreateDatabase();
        var totals = new CountryTotals();
        progress($"loading {generator.Shape.Communities} communities into PostgreSQL");
        var load = await new GrainStateLoader(database).Load(generator.Places(), totals.Count);
        progress($"loaded {load.Rows} rows in {load.Copying.TotalSeconds:F1} s");
        var size = await StorageSize.Of(database);
        var stored = await StoredTicketCount.Differences(database, totals);
        progress($"stored tickets recounted in SQL: {(stored.Count == 0 ? "as generated" : string.Join("; ", stored))}");
        progress(await FactsQueryPlan.Explain(database, generator.Places().OfType<SyntheticCompound>().First().Id));

        await using var silo = await NationalSilo.Start(database);
        var idle = MemoryReading.Take();
        var clock = Stopwatch.StartNew();
        var grains = silo.Grains;
        var failures = await Activate(generator.Places().OfType<SyntheticCompound>(), id => grains.GetGrain<ICompoundGrain>(id));
        var compoundsActive = clock.Elapsed;
        progress($"{totals.Compounds} compounds active in {compoundsActive.TotalSeconds:F1} s");

        // Communities, then regions; the generator gives each region after the places below it, so they come bottom up.
        failures += await Activate(generator.Places().OfType<SyntheticCommunity>(), id => grains.GetGrain<ICommunityGrain>(id));
        failures += await Activate(generator.Places().OfType<SyntheticRegion>(), id => grains.GetGrain<IRegionGrain>(id));
        var allActive = clock.Elapsed;
        progress($"every place active in {allActive.TotalSeconds:F1} s ({failures} calls failed and were retried)");

        var (differences, settled) = await Settle(grains.GetGrain<IRegionGrain>(CountryGenerator.Nation), totals, clock);
        var live = MemoryReading.Take();
        var activations = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        if (options.Hold > TimeSpan.Zero)
        {
            progress($"measured; holding the live silo for {options.Hold.TotalSeconds:F0} s (process {Environment.ProcessId})");
            await Task.Delay(options.Hold);
        }

        return new NationalResult(
            generator.Shape, totals, load, idle, live, compoundsActive, allActive, settled, failures, [.. differences, .. stored.Select(d => $"SQL recount: {d}")],
            activations.GroupBy(a => a.GrainType).ToDictionary(g => g.Key, g => g.Sum(a => a.ActivationCount)))
        {
            Storage = size,
        };
    }

    /// <summary>
    /// Asks each place for its snapshot, which activates it; a call that times out (or whose activation the runtime
    /// gave up on) is retried once, and counted.
    /// </summary>
    private async Task<int> Activate(IEnumerable<SyntheticPlace> places, Func<string, IPlaceFiguresGrain> grain)
    {
        var failures = 0;
        var done = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(places, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency }, async (place, _) =>
        {
            try
            {
                await grain(place.Id).GetSnapshot();
            }
            catch (Exception failed) when (failed is TimeoutException or OperationCanceledException or OrleansException)
            {
                Interlocked.Increment(ref failures);
                await grain(place.Id).GetSnapshot();
            }

            // A long run shows how time and memory grow with the activations, even if it is stopped before the end.
            if (Interlocked.Increment(ref done) % 50_000 == 0)
            {
                progress($"  {done:N0} active after {clock.Elapsed.TotalSeconds:F0} s; heap {GC.GetTotalMemory(false) / 1048576:N0} MiB, working set {Environment.WorkingSet / 1048576:N0} MiB");
            }
        });
        return failures;
    }

    /// <summary>Polls the nation's figures until they equal the generator's totals, or the timeout passes.</summary>
    private async Task<(IReadOnlyList<string> Differences, TimeSpan? At)> Settle(IRegionGrain nation, CountryTotals totals, Stopwatch clock)
    {
        var deadline = clock.Elapsed + options.SettleTimeout;
        while (true)
        {
            var differences = totals.Differences((await nation.GetReport()).Figures);
            if (differences.Count == 0)
            {
                return (differences, clock.Elapsed);
            }

            if (clock.Elapsed > deadline)
            {
                return (differences, null);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
