using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Contracts;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>A community's convenience service days (便民服务日): read by anyone, scheduled and recorded by its staff.</summary>
public static class ServiceDaysApi
{
    public static RouteGroupBuilder MapServiceDaysApi(this RouteGroupBuilder api)
    {
        var days = api.MapGroup("/communities").WithTags("Service days");
        days.MapGet("/{id}/service-days", async (string id, IGrainFactory grains, TimeProvider clock) =>
            ServiceDaysView.Of(await Days(grains, id).Get(), clock.GetUtcNow()));
        days.MapPost("/{id}/service-days", async (string id, ScheduleServiceDayRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            Results.Created($"/api/v1/communities/{id}/service-days", ServiceDayView.Of(await Kept(caller, grains, id).Schedule(request.ToDomain(), caller.Stamp(clock, null)))))
            .RequireAuthorization(AccessPolicy.Keep);
        days.MapPost("/{id}/service-days/held", async (string id, RecordServiceDayRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            Results.Created($"/api/v1/communities/{id}/service-days", ServiceDayView.Of(await Kept(caller, grains, id).Record(request.ToDomain(), caller.Stamp(clock, null)))))
            .RequireAuthorization(AccessPolicy.Keep);
        return api;
    }

    private static IServiceDaysGrain Days(IGrainFactory grains, string id) =>
        grains.GetGrain<IServiceDaysGrain>(Ids.Place(id, "community"));

    private static IServiceDaysGrain Kept(Caller caller, IGrainFactory grains, string id)
    {
        var days = Days(grains, id);
        caller.RequireCovers(id);
        return days;
    }
}
