using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Api.Endpoints.Live;

/// <summary>GET /{regions|communities|compounds}/{id}/live: a place's figures as Server-Sent Events, pushed by the place.</summary>
public static class LiveApi
{
    private const string Description =
        "text/event-stream. Each event is named 'figures', its data is the place's summary (as GET …/summary) and its id " +
        "the figures' version; the first is the current figures, then one per change. A comment line (': heartbeat') " +
        "follows every quiet interval. An unknown place answers 404 before the stream starts.";

    public static RouteGroupBuilder MapLiveApi(this RouteGroupBuilder api)
    {
        var live = api.MapGroup("/").WithTags("Live");
        Map<IRegionGrain>(live, "regions", "region");
        Map<ICommunityGrain>(live, "communities", "community");
        Map<ICompoundGrain>(live, "compounds", "compound");
        return api;
    }

    private static void Map<TPlace>(RouteGroupBuilder live, string resource, string kind)
        where TPlace : IPlaceFiguresGrain =>
        live.MapGet($"/{resource}/{{id}}/live", async (string id, IGrainFactory grains, IOptions<LiveOptions> options, LiveMetrics metrics, ILoggerFactory logs) =>
            {
                var place = grains.GetGrain<TPlace>(Ids.Place(id, kind));
                var feed = await FiguresFeed.Open(grains, place, options.Value, metrics, logs.CreateLogger<FiguresFeed>());
                return new FiguresEventStream(feed, options.Value.HeartbeatInterval);
            })
            .WithName($"Watch{char.ToUpperInvariant(kind[0])}{kind[1..]}Figures")
            .WithSummary($"Live figures of a {kind} (Server-Sent Events)")
            .WithDescription(Description)
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
