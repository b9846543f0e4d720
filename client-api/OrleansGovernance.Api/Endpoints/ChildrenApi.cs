using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>The summaries of the places directly below a region or community, for dashboards that drill down.</summary>
public static class ChildrenApi
{
    private const string Description = "The summary of each child, in the order the parent lists them; each is the same as the child's own /summary.";

    public static RouteGroupBuilder MapChildrenApi(this RouteGroupBuilder api)
    {
        var children = api.MapGroup("/").WithTags("Children");
        children.MapGet("/regions/{id}/children", async (string id, IGrainFactory grains) =>
            {
                var profile = await grains.GetGrain<IRegionGrain>(Ids.Place(id, "region")).GetProfile();
                return await Summaries(profile.Children, child => profile.ChildRegionLevel is null
                    ? grains.GetGrain<ICommunityGrain>(child)
                    : grains.GetGrain<IRegionGrain>(child));
            })
            .WithName("GetRegionChildren")
            .WithSummary("Summaries of a region's child regions or communities")
            .WithDescription(Description)
            .ProducesProblem(StatusCodes.Status404NotFound);
        children.MapGet("/communities/{id}/children", async (string id, IGrainFactory grains) =>
            {
                var profile = await grains.GetGrain<ICommunityGrain>(Ids.Place(id, "community")).GetProfile();
                return await Summaries(profile.Compounds, child => grains.GetGrain<ICompoundGrain>(child));
            })
            .WithName("GetCommunityChildren")
            .WithSummary("Summaries of a community's compounds")
            .WithDescription(Description)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<PlaceSummary[]> Summaries(IReadOnlyList<string> children, Func<string, IPlaceFiguresGrain> grainOf) =>
        await FanOut.Map(children, async child => (await grainOf(child).GetReport()).ToSummary());
}
