using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Abstractions.Webhooks;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Api.Places;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>
/// /webhooks: administrators register endpoints that are told of requests' events, signed; see docs/webhooks.md.
/// A new or changed endpoint applies to the changes the silos dispatch from a few seconds after the answer
/// (Webhooks:DirectoryRefresh).
/// </summary>
public static class WebhooksApi
{
    public const int DefaultDeliveries = 50;
    public const int MaxDeliveries = 500;

    public static RouteGroupBuilder MapWebhooksApi(this RouteGroupBuilder api)
    {
        var webhooks = api.MapGroup("/webhooks").WithTags("Webhooks").RequireAuthorization(AccessPolicy.Administer);
        webhooks.MapPost("/", async (CreateWebhookRequest request, IGrainFactory grains, PlaceTree places) =>
            {
                await RequireExisting(places, request.ToSettings());
                var created = WebhookSecretView.Of(await Registry(grains).Create(request.ToSettings(), request.Secret));
                return Results.Created($"/api/v1/webhooks/{created.Id}", created);
            })
            .WithName("CreateWebhook")
            .WithSummary("Register an endpoint; the answer shows its secret, once")
            .WithDescription("Deliveries are POSTed as JSON and signed with HMAC-SHA256 (docs/webhooks.md). url is https (plain http only to " +
                "loopback unless Webhooks:AllowHttp); events are request event names (filed, acknowledged, claimed, escalated, settled, rated, " +
                "reopened, rejected, marked-duplicate); places are the cities, regions, communities or compounds whose requests it wants. " +
                "Give a secret of 32 to 256 printable characters, or leave it out for a fresh one.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        webhooks.MapGet("/", async (IGrainFactory grains) =>
                (await Registry(grains).Directory()).Endpoints.Select(WebhookView.Of).ToList())
            .WithName("ListWebhooks")
            .WithSummary("Every registered endpoint, without secrets");
        webhooks.MapGet("/{id}", async (string id, IGrainFactory grains) => WebhookView.Of(await Registry(grains).Get(id)))
            .WithName("GetWebhook")
            .WithSummary("One endpoint, without its secret")
            .ProducesProblem(StatusCodes.Status404NotFound);
        webhooks.MapPut("/{id}", async (string id, WebhookSettingsRequest request, IGrainFactory grains, PlaceTree places) =>
            {
                await RequireExisting(places, request.ToSettings());
                return WebhookView.Of(await Registry(grains).Update(id, request.ToSettings()));
            })
            .WithName("UpdateWebhook")
            .WithSummary("Replace an endpoint's url, events, places, description and enabled")
            .WithDescription("A disabled endpoint is queued nothing new; what is already queued is still delivered.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        webhooks.MapDelete("/{id}", async (string id, IGrainFactory grains) =>
            {
                await Registry(grains).Delete(id);
                return Results.NoContent();
            })
            .WithName("DeleteWebhook")
            .WithSummary("Remove an endpoint; what was queued for it is dropped")
            .ProducesProblem(StatusCodes.Status404NotFound);
        webhooks.MapPost("/{id}/secret", async (string id, RotateSecretRequest request, IGrainFactory grains) =>
                WebhookSecretView.Of(await Registry(grains).RotateSecret(id, request.Secret)))
            .WithName("RotateWebhookSecret")
            .WithSummary("Give an endpoint a new secret; the previous one keeps signing beside it for a grace period")
            .WithDescription("Send {} for a fresh secret, or {\"secret\": …} with one of your own. The answer shows the new secret, once. Until previousSecretValidUntil (Webhooks:SecretGracePeriod, 24 hours by default) " +
                "each delivery carries two signatures, so the receiver can switch at its own pace.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        webhooks.MapGet("/{id}/deliveries", async (string id, string? state, int? limit, IGrainFactory grains) =>
            {
                var take = limit ?? DefaultDeliveries;
                if (take is < 1 or > MaxDeliveries)
                {
                    throw DomainRuleException.Invalid($"limit must be from 1 to {MaxDeliveries}, not {take}.");
                }

                await Registry(grains).Get(id);
                var recent = await grains.GetGrain<IWebhookLogGrain>(id).Recent(State(state), take);
                return recent.Select(WebhookDeliveryView.Of).ToList();
            })
            .WithName("ListWebhookDeliveries")
            .WithSummary("An endpoint's deliveries, newest first: pending, delivered and dead")
            .WithDescription($"state (pending, delivered, dead) keeps only those; limit is {DefaultDeliveries} unless given, at most {MaxDeliveries}. " +
                "The view follows the deliveries within a few seconds.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        webhooks.MapPost("/{id}/deliveries/{deliveryId}/retry", async (string id, string deliveryId, IGrainFactory grains) =>
                WebhookDeliveryView.Of(await (await Dispatcher(grains, id, deliveryId)).Retry(id, deliveryId)))
            .WithName("RetryWebhookDelivery")
            .WithSummary("Send a dead letter again, now, with a fresh retry schedule")
            .ProducesProblem(StatusCodes.Status404NotFound);
        webhooks.MapDelete("/{id}/deliveries/{deliveryId}", async (string id, string deliveryId, IGrainFactory grains) =>
            {
                await (await Dispatcher(grains, id, deliveryId)).Discard(id, deliveryId);
                return Results.NoContent();
            })
            .WithName("DiscardWebhookDelivery")
            .WithSummary("Drop a dead letter for good")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static IWebhookRegistryGrain Registry(IGrainFactory grains) => grains.GetGrain<IWebhookRegistryGrain>(IWebhookRegistryGrain.Key);

    /// <summary>The dispatcher of the compound that holds the delivery, as the endpoint's log last saw it.</summary>
    private static async Task<IWebhookDispatchGrain> Dispatcher(IGrainFactory grains, string id, string deliveryId)
    {
        await Registry(grains).Get(id);
        var status = await grains.GetGrain<IWebhookLogGrain>(id).Find(deliveryId) ?? throw DomainRuleException.NotFound("delivery", deliveryId);
        return grains.GetGrain<IWebhookDispatchGrain>(status.CompoundId);
    }

    /// <summary>
    /// Settings well formed (the registry, which knows whether plain http is allowed, checks again) and naming places
    /// that exist: a typo would otherwise match nothing, silently.
    /// </summary>
    private static async Task RequireExisting(PlaceTree places, WebhookSettings settings)
    {
        foreach (var id in settings.Validate(allowHttp: true).Places)
        {
            await places.Find(id);
        }
    }

    private static DeliveryState? State(string? state) => state switch
    {
        null => null,
        "pending" => DeliveryState.Pending,
        "delivered" => DeliveryState.Delivered,
        "dead" => DeliveryState.Dead,
        _ => throw DomainRuleException.Invalid($"state '{state}' is not one of: pending, delivered, dead."),
    };
}
