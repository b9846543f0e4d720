using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Limits;

namespace OrleansGovernance.Api.Endpoints.Live;

/// <summary>GET /{regions|communities|compounds}/{id}/live: a place's figures as Server-Sent Events, pushed by the place.</summary>
public static class LiveApi
{
    private const string Description =
        "text/event-stream. Each event is named 'figures', its data is the place's summary (as GET …/summary) and its id " +
        "the figures' version; the first is the current figures, then one per change. A comment line (': heartbeat') " +
        "follows every quiet interval. An unknown place answers 404 before the stream starts.";

    private const string TicketDescription =
        "Browsers' EventSource cannot send an Authorization header: open the feed at the answer's url (GET …/live?ticket=…) " +
        "within a minute. The ticket names the caller and this one feed; it opens nothing else, and no bearer token is " +
        "taken from a URL.";

    public static RouteGroupBuilder MapLiveApi(this RouteGroupBuilder api)
    {
        var live = api.MapGroup("/").WithTags("Live");
        Map<IRegionGrain>(live, "regions", "region");
        Map<ICommunityGrain>(live, "communities", "community");
        Map<ICompoundGrain>(live, "compounds", "compound");
        return api;
    }

    private static void Map<TPlace>(RouteGroupBuilder live, string resource, string kind)
        where TPlace : IPlaceFiguresGrain
    {
        var name = $"{char.ToUpperInvariant(kind[0])}{kind[1..]}";
        live.MapPost($"/{resource}/{{id}}/live/tickets", async (string id, HttpContext http, IGrainFactory grains, FeedTickets tickets) =>
            {
                // Only for a feed that would open: an unknown place answers 404 here, as its feed would.
                await grains.GetGrain<TPlace>(Ids.Place(id, kind)).GetReport();
                var path = $"/api/v1/{resource}/{id}/live";
                var (ticket, expiresAt) = tickets.Issue(http.User, path);
                return Results.Created((string?)null, new FeedTicket(ticket, expiresAt, $"{path}?{LiveRoutes.TicketParameter}={Uri.EscapeDataString(ticket)}"));
            })
            .WithName($"Issue{name}FeedTicket")
            .WithSummary($"A ticket that opens this {kind}'s live feed for a minute")
            .WithDescription(TicketDescription)
            .Produces<FeedTicket>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound);
        live.MapGet($"/{resource}/{{id}}/live", async (string id, HttpContext http, IGrainFactory grains, IOptions<LiveOptions> options, LiveFeedQuota quota, LiveMetrics metrics, ILoggerFactory logs) =>
            {
                var place = grains.GetGrain<TPlace>(Ids.Place(id, kind));
                var held = quota.TryTake(ClientPartition.Of(http));
                if (held is null)
                {
                    return Results.Problem(
                        $"this client holds {options.Value.MaxFeedsPerClient} live feeds already; close one first.",
                        statusCode: StatusCodes.Status429TooManyRequests,
                        title: "Too many live feeds.");
                }

                try
                {
                    var feed = await FiguresFeed.Open(grains, place, options.Value, metrics, logs.CreateLogger<FiguresFeed>());
                    return new FiguresEventStream(feed, options.Value.HeartbeatInterval, held);
                }
                catch
                {
                    held.Dispose();
                    throw;
                }
            })
            .WithName($"Watch{name}Figures")
            .WithSummary($"Live figures of a {kind} (Server-Sent Events)")
            .WithDescription(Description)
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }
}
