using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>
/// A community's recurring services (a resource of its three lists delivered to a household on set days) and their
/// deliveries: read by anyone with the household withheld, started, logged and stopped by the community's staff.
/// </summary>
public static class RecurringServicesApi
{
    public static RouteGroupBuilder MapRecurringServicesApi(this RouteGroupBuilder api)
    {
        var services = api.MapGroup("/communities").WithTags("Recurring services");
        services.MapGet("/{id}/recurring-services", async (string id, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            RecurringServicesView.Of(await Services(grains, id).Get(), clock.GetUtcNow(), SeesHouseholds(caller, id)));
        services.MapPost("/{id}/recurring-services", async (string id, StartRecurringServiceRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
        {
            var started = await Kept(caller, grains, id).Start(request.ToDomain(), caller.Stamp(clock, null));
            return Results.Created($"/api/v1/communities/{id}/recurring-services", RecurringServiceView.Of(started, ChinaTime.Date(clock.GetUtcNow()), false, SeesHouseholds(caller, id)));
        }).RequireAuthorization(AccessPolicy.Keep);
        services.MapGet("/{id}/recurring-services/{serviceId}/deliveries", async (string id, string serviceId, IGrainFactory grains) =>
        {
            var book = await Services(grains, id).Get();
            return book.Logs.TryGetValue(serviceId, out var log)
                ? DeliveryLogView.Of(serviceId, log)
                : throw DomainRuleException.NotFound("recurring service", serviceId);
        });
        services.MapPost("/{id}/recurring-services/{serviceId}/deliveries", async (string id, string serviceId, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            Results.Created($"/api/v1/communities/{id}/recurring-services/{serviceId}/deliveries",
                DeliveryView.Of(serviceId, await Kept(caller, grains, id).LogDelivery(serviceId, caller.Stamp(clock, null)))))
            .RequireAuthorization(AccessPolicy.Keep);
        services.MapPost("/{id}/recurring-services/{serviceId}/stop", async (string id, string serviceId, Caller caller, IGrainFactory grains, TimeProvider clock) =>
        {
            var grain = Kept(caller, grains, id);
            var stopped = await grain.Stop(serviceId, caller.Stamp(clock, null));
            var today = ChinaTime.Date(clock.GetUtcNow());
            return RecurringServiceView.Of(stopped, today, (await grain.Get()).DeliveredOn(serviceId, today), SeesHouseholds(caller, id));
        }).RequireAuthorization(AccessPolicy.Keep);
        return api;
    }

    /// <summary>Households are personal data: only the community's own staff read their references.</summary>
    public static bool SeesHouseholds(Caller caller, string communityId) => caller.Role == Roles.Staff && caller.Covers(communityId);

    private static IRecurringServicesGrain Services(IGrainFactory grains, string id) =>
        grains.GetGrain<IRecurringServicesGrain>(Ids.Place(id, "community"));

    private static IRecurringServicesGrain Kept(Caller caller, IGrainFactory grains, string id)
    {
        var services = Services(grains, id);
        caller.RequireCovers(id);
        return services;
    }
}
