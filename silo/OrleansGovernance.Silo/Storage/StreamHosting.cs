using Orleans.Configuration;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Silo.Storage;

internal static class StreamHosting
{
    /// <summary>
    /// The "governance" stream provider. Its events only notify: what they report is already durable, and every
    /// consumer heals from durable state (compounds re-read their tickets, parents re-pull and children re-send),
    /// so an event lost with a silo costs freshness for a few seconds, never exactness.
    /// </summary>
    public static ISiloBuilder AddGovernanceStreams(this ISiloBuilder silo)
    {
        silo.AddMemoryStreams(GovernanceStreams.ProviderName, streams =>
            streams.ConfigurePullingAgent(agent => agent.Configure(options =>
                // Each level of the hierarchy waits for one pull; 20 ms keeps a change's way to the city short.
                options.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(20))));

        // Consumers subscribe implicitly and need no pub-sub state, but the provider still resolves this store.
        silo.AddMemoryGrainStorage("PubSubStore");
        return silo;
    }
}
