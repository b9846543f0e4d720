using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Endpoints;

public static class CommunitiesApi
{
    public static RouteGroupBuilder MapCommunitiesApi(this RouteGroupBuilder api)
    {
        var communities = api.MapGroup("/communities").WithTags("Communities");
        communities.MapGet("/{id}", (string id, IGrainFactory grains) => Community(grains, id).GetProfile());
        communities.MapPut("/{id}", (string id, CommunityProfile profile, IGrainFactory grains) =>
        {
            // The body may leave its id out; one naming another place is refused by the grain.
            profile.Id = string.IsNullOrEmpty(profile.Id) ? id : profile.Id;
            return Community(grains, id).Define(profile);
        }).RequireAuthorization(AccessPolicy.Administer);
        communities.MapGet("/{id}/summary", async (string id, IGrainFactory grains) =>
            (await Community(grains, id).GetReport()).ToSummary());
        communities.MapPut("/{id}/council", (string id, Council council, Caller caller, IGrainFactory grains) =>
            Kept(caller, grains, id).SetCouncil(council)).RequireAuthorization(AccessPolicy.Keep);
        communities.MapDelete("/{id}/council", (string id, Caller caller, IGrainFactory grains) =>
            Kept(caller, grains, id).SetCouncil(null)).RequireAuthorization(AccessPolicy.Keep);
        communities.MapPost("/{id}/co-building-units", (string id, CoBuildingUnit unit, Caller caller, IGrainFactory grains) =>
            Kept(caller, grains, id).AddCoBuildingUnit(unit)).RequireAuthorization(AccessPolicy.Keep);

        communities.MapGet("/{id}/resources", async (string id, IGrainFactory grains) =>
            (await Community(grains, id).GetThreeLists()).Resources);
        communities.MapPost("/{id}/resources", async (string id, ListResourceRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            Results.Created($"/api/v1/communities/{id}/resources", await Kept(caller, grains, id).ListResource(request.Resource, caller.Stamp(clock, request.Note))))
            .RequireAuthorization(AccessPolicy.Keep);
        communities.MapGet("/{id}/demands", async (string id, IGrainFactory grains) =>
            (await Community(grains, id).GetThreeLists()).Demands);
        communities.MapPost("/{id}/demands", async (string id, CollectDemandRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            Results.Created($"/api/v1/communities/{id}/demands", await Kept(caller, grains, id).CollectDemand(request.Demand, caller.Stamp(clock, request.Note))))
            .RequireAuthorization(AccessPolicy.Keep);
        communities.MapGet("/{id}/claims", async (string id, IGrainFactory grains) =>
            (await Community(grains, id).GetThreeLists()).Claims);
        communities.MapPost("/{id}/claims", async (string id, ClaimDemandRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            Results.Created($"/api/v1/communities/{id}/claims", await Kept(caller, grains, id).ClaimDemand(request.Claim, caller.Stamp(clock, request.Note))))
            .RequireAuthorization(AccessPolicy.Keep);
        communities.MapGet("/{id}/meetings", (string id, IGrainFactory grains) => Community(grains, id).GetMeetings());
        communities.MapPost("/{id}/meetings", async (string id, RecordMeetingRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            Results.Created($"/api/v1/communities/{id}/meetings", await Kept(caller, grains, id).RecordMeeting(request.Meeting, caller.Stamp(clock, request.Note))))
            .RequireAuthorization(AccessPolicy.Keep);
        return api;
    }

    private static ICommunityGrain Community(IGrainFactory grains, string id) =>
        grains.GetGrain<ICommunityGrain>(Ids.Place(id, "community"));

    /// <summary>The community, once the caller is known to keep its records.</summary>
    private static ICommunityGrain Kept(Caller caller, IGrainFactory grains, string id)
    {
        var community = Community(grains, id);
        caller.RequireCovers(id);
        return community;
    }
}

public sealed record ListResourceRequest(ResourceDraft Resource, string? Note = null) : ActorRequest(Note);

public sealed record CollectDemandRequest(DemandDraft Demand, string? Note = null) : ActorRequest(Note);

public sealed record ClaimDemandRequest(ClaimDraft Claim, string? Note = null) : ActorRequest(Note);

public sealed record RecordMeetingRequest(MeetingDraft Meeting, string? Note = null) : ActorRequest(Note);
