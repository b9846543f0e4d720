using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Abstractions;
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
            profile.Id = id;
            return Community(grains, id).Define(profile);
        });
        communities.MapGet("/{id}/summary", async (string id, IGrainFactory grains) =>
            (await Community(grains, id).GetReport()).ToSummary());
        communities.MapPut("/{id}/council", (string id, Council council, IGrainFactory grains) =>
            Community(grains, id).SetCouncil(council));
        communities.MapDelete("/{id}/council", (string id, IGrainFactory grains) =>
            Community(grains, id).SetCouncil(null));
        communities.MapPost("/{id}/co-building-units", (string id, CoBuildingUnit unit, IGrainFactory grains) =>
            Community(grains, id).AddCoBuildingUnit(unit));

        communities.MapGet("/{id}/resources", async (string id, IGrainFactory grains) =>
            (await Community(grains, id).GetThreeLists()).Resources);
        communities.MapPost("/{id}/resources", async (string id, ListResourceRequest request, IGrainFactory grains, TimeProvider clock) =>
            Results.Created($"/api/v1/communities/{id}/resources", await Community(grains, id).ListResource(request.Resource, request.Stamp(clock))));
        communities.MapGet("/{id}/demands", async (string id, IGrainFactory grains) =>
            (await Community(grains, id).GetThreeLists()).Demands);
        communities.MapPost("/{id}/demands", async (string id, CollectDemandRequest request, IGrainFactory grains, TimeProvider clock) =>
            Results.Created($"/api/v1/communities/{id}/demands", await Community(grains, id).CollectDemand(request.Demand, request.Stamp(clock))));
        communities.MapGet("/{id}/claims", async (string id, IGrainFactory grains) =>
            (await Community(grains, id).GetThreeLists()).Claims);
        communities.MapPost("/{id}/claims", async (string id, ClaimDemandRequest request, IGrainFactory grains, TimeProvider clock) =>
            Results.Created($"/api/v1/communities/{id}/claims", await Community(grains, id).ClaimDemand(request.Claim, request.Stamp(clock))));
        communities.MapGet("/{id}/meetings", (string id, IGrainFactory grains) => Community(grains, id).GetMeetings());
        communities.MapPost("/{id}/meetings", async (string id, RecordMeetingRequest request, IGrainFactory grains, TimeProvider clock) =>
            Results.Created($"/api/v1/communities/{id}/meetings", await Community(grains, id).RecordMeeting(request.Meeting, request.Stamp(clock))));
        return api;
    }

    private static ICommunityGrain Community(IGrainFactory grains, string id) =>
        grains.GetGrain<ICommunityGrain>(Ids.Place(id, "community"));
}

public sealed record ListResourceRequest(string By, string? Note, ResourceDraft Resource) : ActorRequest(By, Note);

public sealed record CollectDemandRequest(string By, string? Note, DemandDraft Demand) : ActorRequest(By, Note);

public sealed record ClaimDemandRequest(string By, string? Note, ClaimDraft Claim) : ActorRequest(By, Note);

public sealed record RecordMeetingRequest(string By, string? Note, MeetingDraft Meeting) : ActorRequest(By, Note);
