using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Orleans;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Places;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>
/// Answers a dashboard address naming a place, plan or compound that does not exist with 404 before the page's circuit
/// starts: the pages render only once the browser connects, too late to change the status. The checks are the ones the
/// pages make first anyway (the place tree is cached, a plan's activation is reused by the page).
/// </summary>
internal sealed class PageExistence(RequestDelegate next, PlaceTree places, IGrainFactory grains)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null && !await Exists(context.Request.RouteValues))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await next(context);
    }

    private async Task<bool> Exists(RouteValueDictionary route)
    {
        try
        {
            if (route.TryGetValue("PlaceId", out var place) && place is string placeId)
            {
                await places.Find(placeId);
            }

            if (route.TryGetValue("CompoundId", out var compound) && compound is string compoundId && !(await places.Find(compoundId)).IsCompound)
            {
                return false;
            }

            if (route.TryGetValue("CommunityId", out var community) && community is string communityId && (await places.Find(communityId)).Kind != PlaceKind.Community)
            {
                return false;
            }

            if (route.TryGetValue("PlanId", out var plan) && plan is string planId)
            {
                if (!PlaceIds.IsValid(planId))
                {
                    return false;
                }

                await grains.GetGrain<IPlanGrain>(planId).Get();
            }

            return true;
        }
        catch (DomainRuleException missing) when (missing.Violation == RuleViolation.NotFound)
        {
            return false;
        }
    }
}
