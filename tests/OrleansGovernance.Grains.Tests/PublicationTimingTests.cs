using Microsoft.Extensions.DependencyInjection;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains.Tests;

public sealed class PublicationTimingTests
{
    [Fact]
    public async Task A_steady_stream_of_changes_does_not_hold_a_places_figures_back()
    {
        // The publish delay is longer than the gap between changes: a delay that restarted on every change would
        // publish nothing until the stream stopped. No periodic healing runs meanwhile.
        var cluster = new ClusterFixture(silos: 1, policy: null, silo => silo.Services.Configure<FiguresOptions>(figures =>
        {
            figures.PublishDelay = TimeSpan.FromSeconds(1);
            figures.PullInterval = figures.ReconcileInterval = TimeSpan.FromMinutes(5);
        }));
        await cluster.InitializeAsync();
        try
        {
            var grains = cluster.Client;
            var community = grains.GetGrain<ICommunityGrain>(await Places.Community(grains));
            var compound = grains.GetGrain<ICompoundGrain>(await Places.Compound(grains, community.GetPrimaryKeyString()));
            var seenDuringStream = 0;
            var recorded = 0;
            for (var stream = System.Diagnostics.Stopwatch.StartNew(); stream.Elapsed < TimeSpan.FromSeconds(3.5); recorded++)
            {
                await grains.GetGrain<ITicketGrain>(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared)).Submit(
                    new TicketSubmission(compound.GetPrimaryKeyString(), TicketCategory.Sanitation, TicketChannel.Hotline, "bins overflowing", null, null),
                    Places.Stamp());
                seenDuringStream = (await community.GetReport()).Figures.Requests.Submitted;
                await Task.Delay(20);
            }

            Assert.True(seenDuringStream > 0, $"the community's figures showed {seenDuringStream} of {recorded} requests while requests kept coming every 20 ms for 3.5 s");
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }
}
