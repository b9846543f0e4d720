using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Api.Places;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>GET /tickets?place=…: the tickets under any place, filtered, newest first, a page at a time.</summary>
public static class TicketListingApi
{
    public static RouteGroupBuilder MapTicketListingApi(this RouteGroupBuilder api)
    {
        var tickets = api.MapGroup("/tickets").WithTags("Tickets");
        tickets.MapGet("/", async ([AsParameters] TicketFilter filter, string? cursor, int? limit, Caller caller, IGrainFactory grains, PlaceTree places) =>
            {
                var take = limit ?? TicketListing.DefaultLimit;
                if (take is < 1 or > TicketListing.MaxLimit)
                {
                    throw DomainRuleException.Invalid($"limit must be from 1 to {TicketListing.MaxLimit}, not {take}.");
                }

                var query = filter.ToQuery(TicketCursor.Read(cursor), take);
                return await TicketListing.Page(grains, await places.CompoundsUnder(filter.Place), query, take, caller);
            })
            .WithName("ListTickets")
            .WithSummary("Tickets under a place, newest first, a page at a time")
            .WithDescription(
                "Filters combine (all must hold); within status and within category any named value matches. " +
                "The filing window is [from, to). Pass nextCursor back as cursor, with the same filters, for the next page; " +
                $"it is null on the last page. limit is {TicketListing.DefaultLimit} unless given, at most {TicketListing.MaxLimit}. " +
                "Reporter contacts are shown only to the reporter and to staff of the place; masked for everyone else.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
