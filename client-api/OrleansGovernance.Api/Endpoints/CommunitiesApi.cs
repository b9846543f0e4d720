using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Api.Contracts;
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
        communities.MapGet("/{id}", async (string id, IGrainFactory grains) => CommunityProfileView.Of(await Community(grains, id).GetProfile()));
        communities.MapPut("/{id}", async (string id, CommunityProfileRequest request, IGrainFactory grains) =>
        {
            // The body may leave its id out; one naming another place is refused by the grain.
            var profile = request.ToDomain();
            profile.Id = string.IsNullOrEmpty(profile.Id) ? id : profile.Id;
            return CommunityProfileView.Of(await Community(grains, id).Define(profile));
        }).RequireAuthorization(AccessPolicy.Administer);
        communities.MapGet("/{id}/summary", async (string id, IGrainFactory grains) =>
            (await Community(grains, id).GetReport()).ToSummary());
        communities.MapPut("/{id}/council", async (string id, CouncilRequest council, Caller caller, IGrainFactory grains) =>
            CommunityProfileView.Of(await Kept(caller, grains, id).SetCouncil(council.ToDomain()))).RequireAuthorization(AccessPolicy.Keep);
        communities.MapDelete("/{id}/council", async (string id, Caller caller, IGrainFactory grains) =>
            CommunityProfileView.Of(await Kept(caller, grains, id).SetCouncil(null))).RequireAuthorization(AccessPolicy.Keep);
        communities.MapPost("/{id}/co-building-units", async (string id, CoBuildingUnitRequest unit, Caller caller, IGrainFactory grains) =>
            CommunityProfileView.Of(await Kept(caller, grains, id).AddCoBuildingUnit(unit.ToDomain()))).RequireAuthorization(AccessPolicy.Keep);

        communities.MapGet("/{id}/resources", async (string id, IGrainFactory grains) =>
            (await Community(grains, id).GetThreeLists()).Resources.Select(ResourceItemView.Of).ToList());
        communities.MapPost("/{id}/resources", async (string id, ListResourceRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            Results.Created($"/api/v1/communities/{id}/resources", ResourceItemView.Of(await Kept(caller, grains, id).ListResource(request.Resource.ToDomain(), caller.Stamp(clock, request.Note)))))
            .RequireAuthorization(AccessPolicy.Keep);
        communities.MapGet("/{id}/demands", async (string id, IGrainFactory grains) =>
            (await Community(grains, id).GetThreeLists()).Demands.Select(DemandItemView.Of).ToList());
        communities.MapPost("/{id}/demands", async (string id, CollectDemandRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            Results.Created($"/api/v1/communities/{id}/demands", DemandItemView.Of(await Kept(caller, grains, id).CollectDemand(request.Demand.ToDomain(), caller.Stamp(clock, request.Note)))))
            .RequireAuthorization(AccessPolicy.Keep);
        communities.MapGet("/{id}/claims", async (string id, IGrainFactory grains) =>
            (await Community(grains, id).GetThreeLists()).Claims.Select(DemandClaimView.Of).ToList());
        communities.MapPost("/{id}/claims", async (string id, ClaimDemandRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            Results.Created($"/api/v1/communities/{id}/claims", DemandClaimView.Of(await Kept(caller, grains, id).ClaimDemand(request.Claim.ToDomain(), caller.Stamp(clock, request.Note)))))
            .RequireAuthorization(AccessPolicy.Keep);
        communities.MapGet("/{id}/meetings", async (string id, IGrainFactory grains) => (await Community(grains, id).GetMeetings()).Select(MeetingView.Of).ToList());
        communities.MapPost("/{id}/meetings", async (string id, RecordMeetingRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            Results.Created($"/api/v1/communities/{id}/meetings", MeetingView.Of(await Kept(caller, grains, id).RecordMeeting(request.Meeting.ToDomain(), caller.Stamp(clock, request.Note)))))
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
