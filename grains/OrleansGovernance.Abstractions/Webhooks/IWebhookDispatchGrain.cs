using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Abstractions.Webhooks;

/// <summary>
/// A compound's webhook deliveries, keyed by the compound's id: it follows the compound-changes stream, queues a
/// delivery for each endpoint that wants an event, and sends them.
/// </summary>
[Alias("governance.IWebhookDispatchGrain")]
public interface IWebhookDispatchGrain : IGrainWithStringKey
{
    /// <summary>Sends a dead letter again; NotFound when there is no such dead letter.</summary>
    [Alias("Retry")]
    Task<WebhookDeliveryStatus> Retry(string endpointId, string deliveryId);

    /// <summary>Drops a dead letter for good; NotFound when there is no such dead letter.</summary>
    [Alias("Discard")]
    Task Discard(string endpointId, string deliveryId);
}
