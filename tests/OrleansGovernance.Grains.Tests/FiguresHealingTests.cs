using Microsoft.Extensions.DependencyInjection;
using Orleans.BroadcastChannel;
using Orleans.Configuration;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains.Tests;

/// <summary>
/// A silo killed while events flow: the figures converge back to exact, from durable state. The periodic backstops
/// are set far beyond the tests' limits, so healing must come from the survivors noticing the dead silo.
/// </summary>
public sealed class FiguresHealingTests
{
    [Fact]
    public async Task After_a_silo_is_killed_mid_stream_every_level_converges_back_to_exact_within_30_seconds()
    {
        var cluster = new ClusterFixture(silos: 3, policy: null, silo => silo.Services.Configure<FiguresOptions>(figures =>
            figures.PullInterval = figures.ReconcileInterval = TimeSpan.FromMinutes(10)));
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

    [Fact]
    public async Task A_ticket_stored_without_its_grain_still_reaches_its_compound_through_the_outbox()
    {
        // The backstops are ten minutes away: only the outbox row the database writes with the ticket can bring it.
        var cluster = new ClusterFixture(silos: 2, policy: null, silo => silo.Services.Configure<FiguresOptions>(figures =>
            figures.PullInterval = figures.ReconcileInterval = TimeSpan.FromMinutes(10)));
        await cluster.InitializeAsync();
        try
        {
            var grains = cluster.Client;
            var compound = grains.GetGrain<ICompoundGrain>(await Places.Compound(grains, await Places.Community(grains)));
            Assert.Equal(0, (await compound.GetReport()).Figures.Requests.Submitted);

            await StoreWithoutItsGrain(cluster, compound, "stored by another writer");

            var seen = await Eventually.Until(
                async () => (await compound.GetReport()).Figures.Requests.Submitted, submitted => submitted == 1, TimeSpan.FromSeconds(10));
            Assert.Equal(1, seen);
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_snapshot_sent_by_a_silo_declared_dead_gives_way_to_the_live_figures_once_that_silo_has_surely_stopped()
    {
        // A silo cut off from the others, once the cut heals and before it learns it was declared dead, may send its
        // places' last snapshots, under versions newer than the live activations' (versions follow the clock).
        var cluster = new ClusterFixture(silos: 4, policy: null, silo =>
        {
            silo.Services.Configure<FiguresOptions>(figures => figures.PullInterval = figures.ReconcileInterval = TimeSpan.FromMinutes(10));
            silo.Configure<ClusterMembershipOptions>(membership => membership.TableRefreshTimeout = TimeSpan.FromSeconds(2));
        });
        await cluster.InitializeAsync();
        try
        {
            var grains = cluster.Client;
            var communityId = await Places.Community(grains);
            var compound = grains.GetGrain<ICompoundGrain>(await Places.Compound(grains, communityId));
            var community = grains.GetGrain<ICommunityGrain>(communityId);
            await grains.GetGrain<ITicketGrain>(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared)).Submit(
                new TicketSubmission(compound.GetPrimaryKeyString(), TicketCategory.Sanitation, TicketChannel.Hotline, "bins overflowing", null, null), Places.Stamp());
            Assert.Equal(1, await Submitted(community, 1));

            var channels = cluster.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IBroadcastChannelProvider>(GovernanceChannels.ProviderName);
            await channels.GetChannelWriter<ChildFigures>(ChannelId.Create(GovernanceChannels.Community, communityId))
                .Publish(new ChildFigures(compound.GetPrimaryKeyString(), DateTimeOffset.UtcNow.UtcTicks, new PlaceFigures()));
            Assert.Equal(0, await Submitted(community, 0));

            var management = grains.GetGrain<IManagementGrain>(0);
            var homes = new[] { await management.GetActivationAddress(compound), await management.GetActivationAddress(community) };
            await cluster.Cluster.KillSiloAsync(cluster.Cluster.Silos.Skip(1).First(s => !homes.Any(home => s.SiloAddress.Equals(home))));

            Assert.Equal(1, await Submitted(community, 1, TimeSpan.FromSeconds(20)));
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    private static async Task<int> Submitted(ICommunityGrain community, int expected, TimeSpan? timeout = null) =>
        await Eventually.Until(async () => (await community.GetReport()).Figures.Requests.Submitted, submitted => submitted == expected, timeout);

    private static async Task StoreWithoutItsGrain(ClusterFixture cluster, ICompoundGrain compound, string description)
    {
        var ticket = Ticket.Submit(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared),
            new TicketSubmission(compound.GetPrimaryKeyString(), TicketCategory.Sanitation, TicketChannel.Hotline, description, null, null),
            ServiceLevelPolicy.Default, Places.Stamp());
        await cluster.Store("ticket", cluster.Client.GetGrain<ITicketGrain>(ticket.Id).GetGrainId(), ticket);
    }
}
