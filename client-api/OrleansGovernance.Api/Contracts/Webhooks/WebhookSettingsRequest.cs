using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Api.Contracts;

/// <summary>An endpoint's settings, replaced whole; its secret changes only through POST /webhooks/{id}/secret.</summary>
public sealed record WebhookSettingsRequest(
    string Url,
    IReadOnlyList<string> Events,
    IReadOnlyList<string> Places,
    string? Description = null,
    bool Enabled = true)
{
    public WebhookSettings ToSettings() => new(Url, Events, Places, Description, Enabled);
}
