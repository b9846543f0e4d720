using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Streams;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Persistence.Streams;

public static class StreamHosting
{
    /// <summary>How long a change is offered to a subscriber that keeps failing before it is skipped.</summary>
    public static readonly TimeSpan MaxEventDeliveryTime = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The compound-changes stream (<see cref="CompoundChanges"/>), read from the outbox of the platform's database.
    /// Compounds subscribe implicitly, so no pub-sub store is needed. The consistent-ring balancer shares the queues
    /// among the silos of a PostgreSQL cluster and gives the one queue of an embedded database to its one silo.
    /// </summary>
    public static ISiloBuilder AddCompoundChangeStream(this ISiloBuilder silo) =>
        silo.AddPersistentStreams(CompoundChanges.ProviderName, CompoundChangeAdapterFactory.Create, stream =>
        {
            stream.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
            stream.ConfigurePullingAgent(options => options.Configure(agent =>
            {
                agent.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(100);

                // A subscriber that cannot take a change (its storage down, a gateway holding its turn) is offered it
                // again for this long before the change is skipped; Orleans' default minute would lose a resident's
                // notice or a webhook to an outage of a few minutes. The compound's own stream stalls meanwhile.
                agent.MaxEventDeliveryTime = MaxEventDeliveryTime;
            }));
            stream.UseConsistentRingQueueBalancer();
        });
}
