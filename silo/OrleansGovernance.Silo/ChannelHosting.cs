using Orleans.BroadcastChannel;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Silo;

internal static class ChannelHosting
{
    /// <summary>
    /// The "governance" broadcast channels. An event is one grain call from its sender to its consumer, not awaited
    /// by the sender: no queue grains, no pulling agents and no per-stream cursor. Not memory streams: they deliver
    /// each stream's events one round trip at a time, which caps how many snapshots a parent can take in (a
    /// subdistrict of 30 busy communities falls behind without bound; BENCHMARKS.md, durable intake), and they are
    /// meant for tests, not clusters. Events only notify: what they report is already durable, and every consumer
    /// heals from durable state (compounds re-read their tickets, parents re-pull their children), so an event lost
    /// with a silo costs freshness for a few seconds, never exactness; and every event is versioned, so reordering is
    /// harmless.
    /// </summary>
    public static ISiloBuilder AddGovernanceChannels(this ISiloBuilder silo) =>
        silo.AddBroadcastChannel(GovernanceChannels.ProviderName, options => options.FireAndForgetDelivery = true);
}
