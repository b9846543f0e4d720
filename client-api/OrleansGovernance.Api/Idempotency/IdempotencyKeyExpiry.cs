using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Idempotency;

/// <summary>Forgets Idempotency-Keys a day after their first use: retries come within minutes, and the table stays small.</summary>
internal sealed class IdempotencyKeyExpiry(IIdempotencyStore store, TimeProvider clock, ILogger<IdempotencyKeyExpiry> logger) : BackgroundService
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                var forgotten = await store.ForgetBefore(clock.GetUtcNow() - KeptFor, stoppingToken);
                logger.LogDebug("Forgot {Count} idempotency keys older than {Hours} h", forgotten, KeptFor.TotalHours);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The database may be down for a while; the next round tries again.
                logger.LogWarning(failure, "Could not forget old idempotency keys");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
