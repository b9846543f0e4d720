using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Grains.Webhooks;

/// <summary>What the registry persists: every endpoint, and a version raised by every change.</summary>
[GenerateSerializer, Alias("governance.webhook-registry-state")]
public sealed class WebhookRegistryState
{
    [Id(0)] public int Version { get; set; }
    [Id(1)] public List<WebhookEndpoint> Endpoints { get; set; } = [];
}
