namespace OrleansGovernance.Domain.Outbound;

/// <summary>A delivery as an administrator sees it: where it stands, without its body. Dispatchers report it to the endpoint's log.</summary>
[GenerateSerializer, Immutable, Alias("governance.webhook-delivery-status")]
public sealed record WebhookDeliveryStatus(
    [property: Id(0)] string Id,
    [property: Id(1)] string CompoundId,
    [property: Id(2)] string TicketId,
    [property: Id(3)] string Event,
    [property: Id(4)] DeliveryState State,
    [property: Id(5)] int Attempts,
    [property: Id(6)] int? LastStatusCode,
    [property: Id(7)] string? LastError,
    [property: Id(8)] DateTimeOffset OccurredAt,
    [property: Id(9)] DateTimeOffset QueuedAt,
    [property: Id(10)] DateTimeOffset? LastAttemptAt,
    [property: Id(11)] DateTimeOffset? NextAttemptAt,
    [property: Id(12)] DateTimeOffset? DeliveredAt)
{
    public static WebhookDeliveryStatus Of(WebhookDelivery delivery, string compoundId) => new(
        delivery.Id, compoundId, delivery.TicketId, delivery.Event, delivery.State, delivery.Attempts, delivery.LastStatusCode,
        delivery.LastError, delivery.OccurredAt, delivery.QueuedAt, delivery.LastAttemptAt,
        delivery.State == DeliveryState.Pending ? delivery.NextAttemptAt : null, delivery.DeliveredAt);
}
