using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Api.Places;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Endpoints.Ledger;
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
        exports.MapGet("/tickets.csv", async ([AsParameters] TicketFilter filter, Caller caller, IGrainFactory grains, PlaceTree places, TimeProvider clock) =>
            {
                var query = filter.ToQuery(null, TicketListing.MaxLimit);
                var compounds = await places.CompoundsUnder(filter.Place);
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
        exports.MapGet("/milestones.csv", async (string place, IGrainFactory grains, PlaceTree places, TimeProvider clock) =>
            {
                var compounds = await places.CompoundsUnder(place);
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
        exports.MapGet("/ledger.csv", async (string compound, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            {
                var ledger = await LedgerApi.Ledger(grains, compound).Get();
                var entries = LedgerView.Visible(ledger, caller.SightOf(compound), clock.GetUtcNow()).ToList();
                return Results.Stream(body => LedgerCsv.Write(body, ledger.CompoundId, entries), CsvType, FileName("ledger", compound, clock));
            })
            .WithName("ExportLedger")
            .WithSummary("A compound's ledger entries as CSV, as the caller may see them")
            .WithDescription("The entries GET /compounds/{id}/ledger shows the caller, one row each, amounts in yuan with two decimal places. UTF-8 with BOM, RFC 4180.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        exports.MapGet("/seal-log.csv", async (string compound, IGrainFactory grains, TimeProvider clock) =>
            {
                var register = await SealRequestsApi.Register(grains, compound).Get();
                return Results.Stream(body => SealLogCsv.Write(body, register), CsvType, FileName("seal-log", compound, clock));
            })
            .WithName("ExportSealLog")
            .WithSummary("Every step of every request to use a compound's assembly seal as CSV")
            .WithDescription("Who asked, approved, refused or applied the seal, when, on which document, and the request's outcome. UTF-8 with BOM, RFC 4180.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static string FileName(string what, string place, TimeProvider clock) =>
        $"{what}-{place}-{ChinaTime.Date(clock.GetUtcNow()):yyyyMMdd}.csv";
}
