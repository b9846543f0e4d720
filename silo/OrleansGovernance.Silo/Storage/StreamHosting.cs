using Orleans.Configuration;
using Orleans.Streams;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Silo.Storage;

internal static class StreamHosting
{
    /// <summary>
    /// The "governance" stream provider. Its events only notify: what they report is already durable, and every
    /// consumer heals from durable state (compounds re-read their tickets, parents re-pull and children re-send),
    /// so an event lost with a silo costs freshness for a few seconds, never exactness.
    /// </summary>
    public static ISiloBuilder AddGovernanceStreams(this ISiloBuilder silo) =>
        silo.AddMemoryStreams(GovernanceStreams.ProviderName, streams =>
        {
            streams.ConfigurePullingAgent(agent => agent.Configure(options =>
                // Each level of the hierarchy waits for one pull; 20 ms keeps a change's way to the city short.
                options.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(20)));

            // Every consumer subscribes implicitly, so no pub-sub rendezvous is needed. With one, each pulling agent
            // registered itself per stream in a rendezvous grain whose state went to the grain storage that shares the
            // provider's name: a read and a write per stream that nothing used, in a shape the JSON state
            // serializer cannot read back after a restart.
            streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
        });
}
