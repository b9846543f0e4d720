using OrleansGovernance.Domain.Outbound;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Grains.Webhooks;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>The webhook states, each with every optional member set: an endpoint after a rotation, a queue holding a delivery of each state, a log of them.</summary>
internal static class RepresentativeWebhookStates
{
    private const string CompoundId = "xiamen.jimei.xinglin.fangzhi.hualing-garden";
    private const string TicketId = "t-20230601020000000-k4p7w2";
    private const string EndpointId = "wh-5f2a9c01d3e4b677";

    /// <summary>Thursday 2023-06-01, 10:00 in China.</summary>
    private static readonly DateTimeOffset T0 = new(2023, 6, 1, 2, 0, 0, TimeSpan.Zero);

    public static WebhookRegistryState Registry()
    {
        var endpoint = new WebhookEndpoint
        {
            Id = EndpointId,
            Settings = new WebhookSettings("https://hooks.xinglin.example.cn/governance", ["acknowledged", "settled"], ["xiamen.jimei.xinglin"], "Subdistrict service desk", Enabled: true),
            Secret = "whsec_00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
            CreatedAt = T0,
            UpdatedAt = T0,
        };
        endpoint.Rotate("whsec_ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100", T0.AddDays(30), TimeSpan.FromHours(24));
        return new WebhookRegistryState { Version = 2, Endpoints = [endpoint] };
    }

    public static WebhookQueue Queue()
    {
        var schedule = RetrySchedule.Default;
        var queue = new WebhookQueue();
        var delivered = Delivery(TicketEvent.Filed, 1, T0);
        var failing = Delivery(TicketEvent.Acknowledged, 2, T0.AddMinutes(3));
        var dead = Delivery(TicketEvent.Settled, 5, T0.AddDays(3));
        queue.Enqueue(TicketId, 5, [delivered, failing, dead]);
        queue.Record(delivered, new DeliveryAttempt(204, null), T0.AddSeconds(1), schedule);
        queue.Record(failing, new DeliveryAttempt(503, "status"), T0.AddMinutes(3).AddSeconds(1), schedule);
        queue.Record(dead, new DeliveryAttempt(null, "timeout"), T0.AddDays(3), schedule);
        queue.Record(dead, new DeliveryAttempt(null, "connection"), T0.AddDays(4), schedule);
        return queue;
    }

    public static WebhookLogState Log() => new()
    {
        Deliveries = [.. Queue() is var queue ? queue.Delivered.Concat(queue.Pending).Concat(queue.Dead).Select(d => WebhookDeliveryStatus.Of(d, CompoundId)) : []],
    };

    private static WebhookDelivery Delivery(TicketEvent ticketEvent, int version, DateTimeOffset at)
    {
        var facts = new TicketFacts(TicketId, version, TicketCategory.EbikeInLift, TicketStatus.Acknowledged, T0, T0.AddMinutes(5), T0.AddDays(7),
            T0.AddMinutes(3), null, null, null, null, 0);
        var payload = WebhookPayload.Of(facts, ticketEvent, at, new WebhookPlace(CompoundId, "xiamen.jimei.xinglin.fangzhi", "xiamen.jimei.xinglin"));
        return new WebhookDelivery
        {
            Id = payload.Id,
            EndpointId = EndpointId,
            TicketId = TicketId,
            Event = payload.Event,
            Body = payload.Json(),
            OccurredAt = at,
            QueuedAt = at,
            NextAttemptAt = at,
        };
    }
}
