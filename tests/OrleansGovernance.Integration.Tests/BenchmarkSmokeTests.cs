using OrleansGovernance.Bench;
using OrleansGovernance.Bench.Intake;

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

    [Fact]
    public async Task The_intake_benchmark_files_over_http_at_raw_inserts_the_conventional_service_and_three_silos_in_one_run()
    {
        var result = await new IntakeBenchmark(new IntakeOptions(Seconds: 1, Concurrency: 4, Communities: 2, CompoundsPerCommunity: 2, Probes: 2, WarmUpSeconds: 1)).Run(postgres);

        Assert.True(result.Raw.Count > 0 && result.Conventional.Count > 0 && result.Platform.Count > 0, result.ToMarkdown());
        Assert.True(result.Conventional.FailureCount == 0 && result.Platform.FailureCount == 0, result.ToMarkdown());
        Assert.Equal(2, result.IdleFreshness.Count);
        Assert.Contains("| conventional service: POST /tickets, one INSERT each |", result.ToMarkdown());
    }

    [Fact]
    public async Task The_failover_benchmark_finds_every_grain_of_a_killed_silo_answering_again_and_no_filing_lost()
    {
        var result = await new FailoverBenchmark(new FailoverOptions(Clients: 2, FilingsPerSecond: 5, SteadySeconds: 2, Communities: 2, CompoundsPerCommunity: 2)).Run(postgres);

        Assert.True(result.ProbedCount > 0, result.ToMarkdown());
        Assert.Equal(result.ProbedCount, result.Recovered.Count);
        Assert.True(result.Filed > 0 && result.Lost == 0, result.ToMarkdown());
    }
}
