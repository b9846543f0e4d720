using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Endpoints;

public static class RegionsApi
{
    public static RouteGroupBuilder MapRegionsApi(this RouteGroupBuilder api)
    {
        var regions = api.MapGroup("/regions").WithTags("Regions");
        regions.MapGet("/{id}", async (string id, IGrainFactory grains) => RegionProfileView.Of(await Region(grains, id).GetProfile()));
        regions.MapPut("/{id}", async (string id, RegionProfileRequest request, IGrainFactory grains) =>
        {
            // The body may leave its id out; one naming another place is refused by the grain.
            var profile = request.ToDomain();
            profile.Id = string.IsNullOrEmpty(profile.Id) ? id : profile.Id;
            return RegionProfileView.Of(await Region(grains, id).Define(profile));
        }).RequireAuthorization(AccessPolicy.Administer);
        regions.MapGet("/{id}/summary", async (string id, IGrainFactory grains) =>
            (await Region(grains, id).GetReport()).ToSummary());
        return api;
    }

    private static IRegionGrain Region(IGrainFactory grains, string id) =>
        grains.GetGrain<IRegionGrain>(Ids.Place(id, "region"));
}
