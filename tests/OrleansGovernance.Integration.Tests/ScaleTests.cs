using OrleansGovernance.Bench.Scale;
using Xunit.Abstractions;

namespace OrleansGovernance.Integration.Tests;

/// <summary>
/// Scaling out and in under load, as Kubernetes does it: the API host in front, silos joining, one leaving gracefully,
/// one killed. The benchmark's scenario (bench: scale) in a short configuration: its figures are in BENCHMARKS.md.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ScaleTests(PostgresFixture postgres, ITestOutputHelper output)
{
    [Fact]
    public async Task Scaling_from_one_silo_to_three_and_back_under_load_loses_no_answered_write_and_fails_only_with_retryable_503s()
    {
        var options = new ScaleOptions(Clients: 8, RoundsPerSecond: 1, SteadySeconds: 2, SpreadTimeoutSeconds: 20, Probes: 10)
        {
            RetryFor = TimeSpan.FromSeconds(20),
            SeedTicketsPerCompoundPerMonth = 0.05,
        };

        var result = await new ScaleScenario(options, output.WriteLine).Run(postgres);
        output.WriteLine(result.ToMarkdown());

        Assert.Empty(result.UnacceptableFailures);
        Assert.True(result.Check.Intact, result.ToMarkdown());
        Assert.True(result.Check.Filed > 50, $"only {result.Check.Filed} filings were answered");

        // New activations land on the new silos; the last silo standing took over the grains of the two that left.
        Assert.NotNull(result.Spread);
        Assert.All([1, 2], silo => Assert.True(result.Activations("three silos", silo) > 0, $"silo {silo} has no activations"));
        Assert.NotNull(result.GracefulStop.GrainsAnsweredAfter);
        Assert.NotNull(result.Kill.GrainsAnsweredAfter);
        Assert.True(result.Kill.Probes > 0 && result.GracefulStop.Probes > 0, "no ticket was active on a silo that left, so nothing was probed");
    }
}
