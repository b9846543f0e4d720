using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace OrleansGovernance.Grains;

/// <summary>
/// Heals this silo's places (<see cref="PlaceHealing"/>): every one of them, within <see cref="FiguresOptions.HealingSpread"/>,
/// when another silo of the cluster is declared dead, since events on their way through it are lost with it and so are
/// the places that lived there until something calls them; all of them once more, publishing afresh, when that silo
/// has surely stopped; and each on its long backstop period otherwise. One sweep a second for the whole silo rather
/// than a timer per place: a country's 720,000 places would hold as many timers.
/// </summary>
public sealed class PlaceHealer(
    IClusterMembershipService membership,
    IOptions<FiguresOptions> options,
    IOptions<ClusterMembershipOptions> membershipOptions,
    TimeProvider clock,
    ILogger<PlaceHealer> log) : BackgroundService
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<PlaceHealing, byte> _places = new();

    // When every place heals again after a death (UTC ticks); none is due at MaxValue.
    private long _healAgainTicks = DateTimeOffset.MaxValue.UtcTicks;

    internal TimeProvider Clock => clock;

    internal void Add(PlaceHealing place) => _places.TryAdd(place, 0);

    internal void Remove(PlaceHealing place) => _places.TryRemove(place, out _);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Sweep(stoppingToken), WatchForDeadSilos(stoppingToken));

    private async Task Sweep(CancellationToken stoppingToken)
    {
        using var sweep = new PeriodicTimer(SweepInterval, clock);
        try
        {
            while (await sweep.WaitForNextTickAsync(stoppingToken))
            {
                var now = clock.GetUtcNow();
                var again = Interlocked.Read(ref _healAgainTicks);
                if (now.UtcTicks >= again && Interlocked.CompareExchange(ref _healAgainTicks, DateTimeOffset.MaxValue.UtcTicks, again) == again)
                {
                    log.LogInformation("{Places} places here heal again, now that a silo declared dead has surely stopped", _places.Count);
                    HealAll(now, afresh: true);
                }

                foreach (var place in _places.Keys)
                {
                    place.HealIfDue(now);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task WatchForDeadSilos(CancellationToken stoppingToken)
    {
        ClusterMembershipSnapshot? previous = null;
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken))
            {
                // The first snapshot lists silos that died before this one started: nothing of theirs is held here.
                var died = previous is null ? [] : snapshot.CreateUpdate(previous).Changes.Where(m => m.Status == SiloStatus.Dead).ToList();
                previous = snapshot;
                if (died.Count > 0)
                {
                    log.LogInformation("Silo {Silos} died; {Places} places here heal now", string.Join(", ", died.Select(m => m.SiloAddress)), _places.Count);
                    var now = clock.GetUtcNow();
                    HealAll(now);

                    // A silo declared dead while it still reached the database (cut off from the others alone) goes on
                    // until it reads the verdict in the membership table, at most a refresh period later: what it wrote
                    // after the healing above is read in this second one, by when it has surely stopped. Its places'
                    // last snapshots, sent once the cut healed, may carry newer versions than their live activations'
                    // (versions follow the clock), so this healing publishes every place afresh, under a newer one.
                    Interlocked.Exchange(ref _healAgainTicks, (now + (2 * membershipOptions.Value.TableRefreshTimeout)).UtcTicks);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void HealAll(DateTimeOffset now, bool afresh = false)
    {
        foreach (var place in _places.Keys)
        {
            place.HealBy(now + (options.Value.HealingSpread * Random.Shared.NextDouble()), afresh);
        }
    }
}
