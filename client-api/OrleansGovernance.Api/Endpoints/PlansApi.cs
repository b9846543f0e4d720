using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>Plans and milestone ticks. Reads carry an ETag (the plan's version); writes honour If-Match.</summary>
public static class PlansApi
{
    public static RouteGroupBuilder MapPlansApi(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Plans");
        plans.MapGet("/{id}", async (string id, IGrainFactory grains) =>
        {
            var plan = await Plan(grains, id).Get();
            return WithETag(Results.Ok(PlanView.Of(plan)), plan);
        });
        plans.MapPost("/{id}/milestones", async (string id, MilestoneRequest draft, Caller caller, HttpRequest http, IGrainFactory grains) =>
        {
            var plan = await Owned(caller, grains, id).AddMilestone(draft.ToDomain(), IfMatch(http));
            return WithETag(Results.Created($"/api/v1/plans/{id}", PlanView.Of(plan)), plan);
        }).RequireAuthorization(AccessPolicy.Keep);
        plans.MapPost("/{id}/milestones/{milestoneId}/tick", async (string id, string milestoneId, ActorRequest request, Caller caller, HttpRequest http, IGrainFactory grains, TimeProvider clock) =>
        {
            var plan = await Owned(caller, grains, id).Tick(milestoneId, caller.Stamp(clock, request.Note), IfMatch(http));
            return WithETag(Results.Ok(PlanView.Of(plan)), plan);
        }).RequireAuthorization(AccessPolicy.Tick);
        plans.MapPost("/{id}/milestones/{milestoneId}/untick", async (string id, string milestoneId, ActorRequest request, Caller caller, HttpRequest http, IGrainFactory grains, TimeProvider clock) =>
        {
            var plan = await Owned(caller, grains, id).Untick(milestoneId, caller.Stamp(clock, request.Note), IfMatch(http));
            return WithETag(Results.Ok(PlanView.Of(plan)), plan);
        }).RequireAuthorization(AccessPolicy.Tick);
        return api;
    }

    internal static IResult WithETag(IResult result, Plan plan) => new ETagged(result, plan.Version);

    private static IPlanGrain Plan(IGrainFactory grains, string id) =>
        grains.GetGrain<IPlanGrain>(Ids.Place(id, "plan"));

    /// <summary>The plan, once the caller is known to act for it (its owner, or staff of its compound).</summary>
    private static IPlanGrain Owned(Caller caller, IGrainFactory grains, string id)
    {
        var plan = Plan(grains, id);
        caller.RequireCovers(id);
        return plan;
    }

    /// <summary>The version named by If-Match ("3" or W/"3"), or null when the client did not ask for a check.</summary>
    private static int? IfMatch(HttpRequest http)
    {
        var header = http.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header == "*")
        {
            return null;
        }

        return EntityTagHeaderValue.TryParse(header, out var tag)
            && int.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
                ? version
                : throw DomainRuleException.Invalid($"If-Match '{header}' is not an entity tag this API issued.");
    }

    private sealed class ETagged(IResult inner, int version) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ETag = $"\"{version}\"";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
