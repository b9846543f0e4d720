using Microsoft.Extensions.Options;
using OrleansGovernance.Abstractions.Webhooks;

namespace OrleansGovernance.Grains.Webhooks;

/// <summary>
/// The registered endpoints as this silo last read them from the registry, read again once they are older than
/// <see cref="WebhookOptions.DirectoryRefresh"/>: every compound's dispatcher on the silo shares one read, so the
/// registry answers a few calls per silo, however busy the stream.
/// </summary>
public sealed class WebhookDirectoryCache(IGrainFactory grains, IOptions<WebhookOptions> options, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private Task<WebhookDirectory>? _reading;
    private long _readAt;

    public Task<WebhookDirectory> Current()
    {
        lock (_gate)
        {
            if (_reading is null || _reading.IsFaulted || (_reading.IsCompleted && clock.GetElapsedTime(_readAt) >= options.Value.DirectoryRefresh))
            {
                _readAt = clock.GetTimestamp();
                _reading = grains.GetGrain<IWebhookRegistryGrain>(IWebhookRegistryGrain.Key).Directory();
            }

            return _reading;
        }
    }
}
