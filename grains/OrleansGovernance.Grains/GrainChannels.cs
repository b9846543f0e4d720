using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.BroadcastChannel;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Grains;

internal static class GrainChannels
{
    /// <summary>
    /// Sends an event to the grain that consumes <paramref name="key"/>'s channel, without waiting for it to be handled.
    /// The event only notifies: what it reports is already durable, so a send that fails here is logged and left to
    /// healing, never failing the caller whose change was acknowledged (a delivery that fails later is logged by Orleans).
    /// </summary>
    public static async Task Send<T>(this IGrainBase grain, string channelNamespace, string key, T item, ILogger log)
        where T : notnull
    {
        try
        {
            var channels = grain.GrainContext.ActivationServices.GetRequiredKeyedService<IBroadcastChannelProvider>(GovernanceChannels.ProviderName);
            await channels.GetChannelWriter<T>(ChannelId.Create(channelNamespace, key)).Publish(item);
        }
        catch (Exception failure)
        {
            log.LogWarning(failure, "Could not send {Event} to {Namespace}/{Key}; healing will bring it", typeof(T).Name, channelNamespace, key);
        }
    }
}
