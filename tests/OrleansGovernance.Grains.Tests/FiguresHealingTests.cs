using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains.Tests;

/// <summary>A silo killed while events flow: the figures converge back to exact, from durable state, within 30 seconds.</summary>
public sealed class FiguresHealingTests
{
    [Fact]
    public async Task After_a_silo_is_killed_mid_stream_every_level_converges_back_to_exact_within_30_seconds()
    {
        var cluster = new ClusterFixture(silos: 3, policy: null);
        await cluster.InitializeAsync();
        try
        {
            var world = await World.Create(cluster.Client);
            var random = new Random(2026);
            using var stop = new CancellationTokenSource();
            var writing = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var e = new FiguresExactnessTests.Event(random.Next(0, 11), random.Next(0, 4), random.Next(0, 30), random.Next(1, 6));
                    try
                    {
                        await FiguresExactnessTests.Apply(cluster.Client, world, e);
                    }
                    catch (Exception failure) when (failure is SiloUnavailableException or TimeoutException or OrleansMessageRejectionException)
                    {
                        // Calls to grains of the dead silo fail until the cluster notices; what failed was not acknowledged.
                    }
                }
            });
            await Task.Delay(TimeSpan.FromSeconds(2));

            await cluster.Cluster.KillSiloAsync(cluster.Cluster.Silos[^1]);
            await Task.Delay(TimeSpan.FromSeconds(2));
            await stop.CancelAsync();
            await writing;

            Assert.NotEmpty(world.Tickets);
            await FiguresExactnessTests.AssertExact(world, TimeSpan.FromSeconds(30));
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }
}
