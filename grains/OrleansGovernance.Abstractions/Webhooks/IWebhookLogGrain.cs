using Orleans.Concurrency;
using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Abstractions.Webhooks;

/// <summary>
/// What an endpoint's deliveries are doing, keyed by the endpoint's id: the dispatchers of every compound report each
/// change of a delivery's state here, so an administrator sees them in one place. A view, not the deliveries
/// themselves (those live with their compound's dispatcher).
/// </summary>
[Alias("governance.IWebhookLogGrain")]
public interface IWebhookLogGrain : IGrainWithStringKey
{
    [OneWay]
    [Alias("Report")]
    Task Report(WebhookDeliveryStatus status);

    /// <summary>The newest deliveries first, the dead letters among them, optionally only those in <paramref name="state"/>.</summary>
    [ReadOnly]
    [Alias("Recent")]
    Task<IReadOnlyList<WebhookDeliveryStatus>> Recent(DeliveryState? state, int take);

    /// <summary>The delivery as last reported, or null.</summary>
    [ReadOnly]
    [Alias("Find")]
    Task<WebhookDeliveryStatus?> Find(string deliveryId);

    /// <summary>The endpoint is gone: its log goes too.</summary>
    [Alias("Clear")]
    Task Clear();
}
