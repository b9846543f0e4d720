using OrleansGovernance.Bench;

namespace OrleansGovernance.Integration.Tests;

/// <summary>The benchmarks run in CI in a tiny configuration, so they cannot rot; the figures come from full runs.</summary>
[Collection(PostgresCollection.Name)]
public sealed class BenchmarkSmokeTests(PostgresFixture postgres)
{
    [Fact]
    public async Task The_durable_write_benchmark_measures_grains_and_raw_inserts_in_one_run()
    {
        var result = await new DurableWriteBenchmark(new DurableWriteOptions(Concurrency: 4, Compounds: 3, Seconds: 1, WarmUpSeconds: 1)).Run(postgres);

        Assert.True(result.Raw.Count > 0 && result.Grains.Count > 0, result.ToMarkdown());
        Assert.Contains("| raw single-row INSERT |", result.ToMarkdown());
    }

    [Fact]
    public async Task The_freshness_benchmark_measures_idle_and_loaded_probes_in_one_run()
    {
        var result = await new FreshnessBenchmark(new FreshnessOptions(LoadConcurrency: 2, Probes: 3, Communities: 2, CompoundsPerCommunity: 2)).Run(postgres);

        Assert.Equal((3, 3), (result.Idle.Count, result.Loaded.Count));
        Assert.Contains("| idle (baseline) |", result.ToMarkdown());
    }
}
