using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Endpoints.Exports;

/// <summary>
/// CSV downloads for the city's spreadsheets, streamed: the tickets a page of the listing at a time, the milestones a
/// compound at a time, so an export of the whole city never sits in memory. The place and the filters are checked
/// before the first byte, so a bad request still answers 400 or 404 with problem details.
/// </summary>
public static class ExportsApi
{
    private const string CsvType = "text/csv; charset=utf-8";

    public static RouteGroupBuilder MapExportsApi(this RouteGroupBuilder api)
    {
        var exports = api.MapGroup("/exports").WithTags("Exports");
        exports.MapGet("/tickets.csv", async ([AsParameters] TicketFilter filter, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            {
                var query = filter.ToQuery(null, TicketListing.MaxLimit);
                var compounds = await PlaceTree.CompoundsUnder(grains, filter.Place);
                return Results.Stream(
                    body => TicketsCsv.Write(body, grains, compounds, query, caller),
                    CsvType,
                    FileName("tickets", filter.Place, clock));
            })
            .WithName("ExportTickets")
            .WithSummary("The tickets under a place as CSV, newest first")
            .WithDescription("Same filters as GET /tickets. UTF-8 with BOM, RFC 4180, times ISO-8601 in China time, reporter masked unless the caller is the reporter or staff of the place; cells that would start a spreadsheet formula begin with an apostrophe.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        exports.MapGet("/milestones.csv", async (string place, IGrainFactory grains, TimeProvider clock) =>
            {
                var compounds = await PlaceTree.CompoundsUnder(grains, place);
                return Results.Stream(
                    body => MilestonesCsv.Write(body, grains, compounds),
                    CsvType,
                    FileName("milestones", place, clock));
            })
            .WithName("ExportMilestones")
            .WithSummary("Every milestone of every plan under a place as CSV")
            .WithDescription("One row per milestone with its plan's particulars; doneBy and doneNote come from the tick that marked it done. UTF-8 with BOM, RFC 4180.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static string FileName(string what, string place, TimeProvider clock) =>
        $"{what}-{place}-{ChinaTime.Date(clock.GetUtcNow()):yyyyMMdd}.csv";
}
