using OrleansGovernance.Domain;
using OrleansGovernance.Abstractions.Webhooks;
using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Api.Contracts;

/// <summary>A webhook endpoint as the API shows it: never its secret.</summary>
public sealed record WebhookView(
    string Id,
    string Url,
    IReadOnlyList<string> Events,
    IReadOnlyList<string> Places,
    string? Description,
    bool Enabled,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PreviousSecretValidUntil)
{
    public static WebhookView Of(WebhookEndpoint source) => new(
        source.Id,
        source.Settings.Url,
        source.Settings.Events,
        source.Settings.Places,
        source.Settings.Description,
        source.Settings.Enabled,
        ChinaTime.ToChina(source.CreatedAt),
        ChinaTime.ToChina(source.UpdatedAt),
        source.PreviousSecretUntil is { } until ? ChinaTime.ToChina(until) : null);
}

/// <summary>An endpoint with the secret it was just given: the only answer that shows it.</summary>
public sealed record WebhookSecretView(string Id, string Secret, WebhookView Webhook)
{
    public static WebhookSecretView Of(WebhookSecretShown source) => new(source.Endpoint.Id, source.Secret, WebhookView.Of(source.Endpoint));
}
