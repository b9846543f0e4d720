using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OrleansGovernance.Grains;

/// <summary>
/// Tells this silo's places when another silo of the cluster is declared dead. Stream events queued on that silo
/// are lost with it, and so are the places that lived there until something calls them: this is when healing is
/// needed, so places heal on this signal instead of re-reading on a short period whether or not anything was lost.
/// </summary>
public sealed class SiloLossSignal(IClusterMembershipService membership, ILogger<SiloLossSignal> log) : BackgroundService
{
    private readonly ConcurrentDictionary<PlaceHealing, byte> _listeners = new();

    internal void Listen(PlaceHealing healing) => _listeners.TryAdd(healing, 0);

    internal void Forget(PlaceHealing healing) => _listeners.TryRemove(healing, out _);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
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
                    log.LogInformation("Silo {Silos} died; {Places} places here heal now", string.Join(", ", died.Select(m => m.SiloAddress)), _listeners.Count);
                    foreach (var healing in _listeners.Keys)
                    {
                        healing.SiloLost();
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
