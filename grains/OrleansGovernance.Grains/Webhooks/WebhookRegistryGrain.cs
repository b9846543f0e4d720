using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Abstractions.Webhooks;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Grains.Webhooks;

/// <remarks>
/// Secrets are kept in the grain's stored row as they are: the HMAC needs them in clear at every delivery, and the
/// platform's Data Protection keys live in the same database, so encrypting with them would hide nothing from whoever
/// can read it (docs/webhooks.md, "Secrets").
/// </remarks>
public sealed class WebhookRegistryGrain(
    [PersistentState("webhooks", GovernanceStorage.ProviderName)] IPersistentState<WebhookRegistryState> state,
    IOptions<WebhookOptions> options,
    TimeProvider clock) : Grain, IWebhookRegistryGrain
{
    public const int MaxEndpoints = 1000;

    public async Task<WebhookSecretShown> Create(WebhookSettings settings, string? secret)
    {
        var valid = settings.Validate(options.Value.AllowHttp);
        var now = clock.GetUtcNow();
        var endpoint = new WebhookEndpoint
        {
            Id = "wh-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            Settings = valid,
            Secret = WebhookSecret.Require(secret ?? WebhookSecret.New()),
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (state.State.Endpoints.Count >= MaxEndpoints)
        {
            throw DomainRuleException.Invalid($"at most {MaxEndpoints} webhook endpoints can be registered; delete one first.");
        }

        await Change(s => s.Endpoints.Add(endpoint));
        return new WebhookSecretShown(endpoint, endpoint.Secret);
    }

    public Task<WebhookEndpoint> Get(string id) => Task.FromResult(Find(id));

    public async Task<WebhookEndpoint> Update(string id, WebhookSettings settings)
    {
        var valid = settings.Validate(options.Value.AllowHttp);
        _ = Find(id);
        await Change(s =>
        {
            var endpoint = Find(s, id);
            endpoint.Settings = valid;
            endpoint.UpdatedAt = clock.GetUtcNow();
        });
        return Find(id);
    }

    public async Task<WebhookSecretShown> RotateSecret(string id, string? secret)
    {
        var next = WebhookSecret.Require(secret ?? WebhookSecret.New());
        _ = Find(id);
        await Change(s => Find(s, id).Rotate(next, clock.GetUtcNow(), options.Value.SecretGracePeriod));
        return new WebhookSecretShown(Find(id), next);
    }

    public async Task Delete(string id)
    {
        _ = Find(id);
        await Change(s => s.Endpoints.Remove(Find(s, id)));
        await GrainFactory.GetGrain<IWebhookLogGrain>(id).Clear();
    }

    public Task<WebhookDirectory> Directory() =>
        Task.FromResult(new WebhookDirectory(state.State.Version, [.. state.State.Endpoints]));

    private WebhookEndpoint Find(string id) => Find(state.State, id);

    private static WebhookEndpoint Find(WebhookRegistryState registry, string id) =>
        registry.Endpoints.Find(e => e.Id == id) ?? throw DomainRuleException.NotFound("webhook", id);

    private Task Change(Action<WebhookRegistryState> change) => state.Update(this, s =>
    {
        change(s);
        s.Version++;
        return s;
    });
}
