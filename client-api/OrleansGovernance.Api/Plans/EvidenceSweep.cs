using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Plans;

/// <summary>
/// Deletes evidence no step named a day after its upload (an abandoned form, a script's leftovers), as
/// IdempotencyKeyExpiry forgets old keys: the owner had the day to attach it, and its megabytes should not stay forever.
/// </summary>
internal sealed class EvidenceSweep(IEvidenceStore store, TimeProvider clock, ILogger<EvidenceSweep> logger) : BackgroundService
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                var deleted = await store.DeleteUnreferenced(clock.GetUtcNow() - KeptFor, stoppingToken);
                logger.LogDebug("Deleted {Count} evidence files no step named within {Hours} h", deleted, KeptFor.TotalHours);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The database may be down for a while; the next round tries again.
                logger.LogWarning(failure, "Could not delete unattached evidence files");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
