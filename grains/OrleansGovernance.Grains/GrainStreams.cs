using Microsoft.Extensions.Logging;
using Orleans.Streams;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Grains;

internal static class GrainStreams
{
    /// <summary>
    /// Sends an event to the grain that consumes <paramref name="key"/>'s stream. The event only notifies: what it
    /// reports is already durable, so a failed send is logged and left to the periodic healing, never failing the
    /// caller whose change was acknowledged.
    /// </summary>
    public static async Task Send<T>(this IGrainBase grain, string streamNamespace, string key, T item, ILogger log)
    {
        try
        {
            await grain.GetStreamProvider(GovernanceStreams.ProviderName).GetStream<T>(StreamId.Create(streamNamespace, key)).OnNextAsync(item);
        }
        catch (Exception failure)
        {
            log.LogWarning(failure, "Could not send {Event} to {Namespace}/{Key}; periodic healing will bring it", typeof(T).Name, streamNamespace, key);
        }
    }

    /// <summary>The next snapshot version: rises on every publication and across activations (it follows the clock).</summary>
    public static long NextVersion(long previous, TimeProvider clock) => Math.Max(previous + 1, clock.GetUtcNow().UtcTicks);
}
