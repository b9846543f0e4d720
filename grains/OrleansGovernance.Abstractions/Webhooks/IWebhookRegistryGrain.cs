using Orleans.Concurrency;
using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Abstractions.Webhooks;

/// <summary>
/// Every registered webhook endpoint, in one grain (<see cref="Key"/>): endpoints are few and every compound's
/// dispatcher needs all of them. Changes raise <see cref="WebhookDirectory.Version"/>.
/// </summary>
[Alias("governance.IWebhookRegistryGrain")]
public interface IWebhookRegistryGrain : IGrainWithStringKey
{
    const string Key = "all";

    /// <summary>Registers an endpoint with <paramref name="secret"/>, or a fresh one when null; the answer is the only place the secret is shown.</summary>
    [Alias("Create")]
    Task<WebhookSecretShown> Create(WebhookSettings settings, string? secret);

    [Alias("Get")]
    Task<WebhookEndpoint> Get(string id);

    [Alias("Update")]
    Task<WebhookEndpoint> Update(string id, WebhookSettings settings);

    /// <summary>A new secret (given or fresh); the previous one keeps signing for the grace period.</summary>
    [Alias("RotateSecret")]
    Task<WebhookSecretShown> RotateSecret(string id, string? secret);

    [Alias("Delete")]
    Task Delete(string id);

    /// <summary>Every endpoint, with its secrets, for the dispatchers and the administrators' listing.</summary>
    [ReadOnly]
    [Alias("Directory")]
    Task<WebhookDirectory> Directory();
}

/// <summary>The endpoints as of <see cref="Version"/>.</summary>
[GenerateSerializer, Alias("governance.webhook-directory")]
public sealed record WebhookDirectory([property: Id(0)] int Version, [property: Id(1)] IReadOnlyList<WebhookEndpoint> Endpoints);

/// <summary>An endpoint with the secret it was just given, shown this once.</summary>
[GenerateSerializer, Alias("governance.webhook-secret-shown")]
public sealed record WebhookSecretShown([property: Id(0)] WebhookEndpoint Endpoint, [property: Id(1)] string Secret);
