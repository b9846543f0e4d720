using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Api.Contracts;

/// <summary>A new webhook endpoint. Leave <see cref="Secret"/> out to be given a fresh one (shown once, in the answer).</summary>
public sealed record CreateWebhookRequest(
    string Url,
    IReadOnlyList<string> Events,
    IReadOnlyList<string> Places,
    string? Description = null,
    bool Enabled = true,
    string? Secret = null)
{
    public WebhookSettings ToSettings() => new(Url, Events, Places, Description, Enabled);
}
