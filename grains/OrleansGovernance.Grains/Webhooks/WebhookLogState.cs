using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Grains.Webhooks;

/// <summary>What an endpoint's log persists: the latest status of its recent deliveries and of every dead letter, oldest first.</summary>
[GenerateSerializer, Alias("governance.webhook-log-state")]
public sealed class WebhookLogState
{
    [Id(0)] public List<WebhookDeliveryStatus> Deliveries { get; set; } = [];
}
