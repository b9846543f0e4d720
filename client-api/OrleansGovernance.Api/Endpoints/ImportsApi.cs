using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Imports;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>
/// Imports of small files by administrators (docs/import.md): the same code as the host's import command, the file as
/// the body (at most Api:MaxImportBytes). A file with refused rows answers 422 with the report and imports nothing,
/// unless skipInvalid=true; the report lists refused rows by line and reason.
/// </summary>
public static class ImportsApi
{
    private const string Description =
        "The body is the file: CSV (text/csv, UTF-8 or GBK, Chinese or English headers) or, for places, a GeoJSON " +
        "FeatureCollection (application/geo+json). Every row is validated first; refused rows (by line and reason) " +
        "answer 422 with the report and nothing imported, unless skipInvalid=true imports the valid ones. dryRun=true " +
        "validates only. Re-sending a file imports nothing twice. Layouts: docs/import.md.";

    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/imports").WithTags("Imports");
        imports.MapPost("/places", async (HttpRequest request, IGrainFactory grains, bool? dryRun, bool? skipInvalid, CancellationToken cancellationToken) =>
        {
            var file = await Body(request, "places", "text/csv", "application/geo+json", "application/json");
            return Answer(await new PlaceImport(grains).Run(file, Settings(dryRun, skipInvalid), null, cancellationToken));
        })
            .RequireAuthorization(AccessPolicy.Administer)
            .WithSummary("Import regions, communities, compounds and their parts from CSV or GeoJSON")
            .WithDescription(Description)
            .Accepts<string>("text/csv", "application/geo+json")
            .Produces<ImportReport>()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        imports.MapPost("/requests", async (HttpRequest request, bool? dryRun, bool? skipInvalid, CancellationToken cancellationToken) =>
        {
            var file = await Body(request, "requests", "text/csv");
            var store = request.HttpContext.RequestServices.GetKeyedService<IHistoryStore>(DurableStore.Key);
            if (store is null)
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status501NotImplemented,
                    title: "This host imports no requests.",
                    detail: "Historical requests are written into the platform's storage: send them to a silo that serves the API, or run the host's import command.");
            }

            var policy = request.HttpContext.RequestServices.GetService<ServiceLevelPolicy>() ?? ServiceLevelPolicy.Default;
            return Answer(await new HistoryImport(store, policy).Run(file, Settings(dryRun, skipInvalid), null, cancellationToken));
        })
            .RequireAuthorization(AccessPolicy.Administer)
            .WithSummary("Import historical requests from a CSV export (such as a 12345 hotline's)")
            .WithDescription(Description)
            .Accepts<string>("text/csv")
            .Produces<ImportReport>()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status501NotImplemented);
        return api;
    }

    private static ImportSettings Settings(bool? dryRun, bool? skipInvalid) => new(DryRun: dryRun ?? false, SkipInvalid: skipInvalid ?? false);

    private static async Task<ImportFile> Body(HttpRequest request, string name, params string[] mediaTypes)
    {
        var mediaType = request.ContentType is { } type ? type.Split(';')[0].Trim() : null;
        if (mediaType is null || !mediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            throw new UnsupportedImportException($"send the file with Content-Type {string.Join(" or ", mediaTypes)}.");
        }

        using var content = new MemoryStream();
        await request.Body.CopyToAsync(content, request.HttpContext.RequestAborted);
        return ImportFile.Of(name, content.ToArray());
    }

    private static IResult Answer(ImportReport report) => report.Refused > 0 && !report.Written
        ? Results.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The file has refused rows; nothing was imported.",
            detail: $"{report.Refused} of {report.Rows} rows refused; the report lists each by line and reason.",
            extensions: new Dictionary<string, object?> { ["report"] = report })
        : Results.Ok(report);
}

/// <summary>A body in a media type the import does not read: 415.</summary>
public sealed class UnsupportedImportException(string message) : Exception(message);
