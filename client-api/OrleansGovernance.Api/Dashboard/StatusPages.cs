using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrleansGovernance.Api.Dashboard.Components.Pages;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>
/// Answers a failure or an empty 4xx or 5xx outside the API with the status page (in the reader's language), keeping
/// the status.
/// ASP.NET Core's own re-execution does not serve here: a Blazor page rendered for a 404 writes no body (it leaves that
/// to the status-code pages), so the API's problem details (JSON) would answer instead. The page's endpoint is therefore
/// run in place, rendering as a 200, and the status put back just before the response starts.
/// </summary>
internal sealed partial class StatusPages(RequestDelegate next, ILogger<StatusPages> log)
{
    public const string Path = "/status/";

    private Endpoint? _page;

    public async Task InvokeAsync(HttpContext context)
    {
        var response = context.Response;
        try
        {
            await next(context);
        }
        catch (Exception failure) when (!response.HasStarted)
        {
            // The API's mapping decides the status (a missing place is a 404, a cluster not answering a 503); the
            // reader sees the page for it, never the exception's text.
            var answer = ProblemExceptionHandler.StatusFor(failure);
            if (answer >= StatusCodes.Status500InternalServerError)
            {
                Failed(log, context.Request.Path, failure);
            }

            response.Clear();
            response.StatusCode = answer;
        }

        if (response.HasStarted || response.StatusCode < 400 || response.ContentLength.HasValue || !string.IsNullOrEmpty(response.ContentType)
            || context.Features.Get<IStatusCodePagesFeature>() is { Enabled: false })
        {
            return;
        }

        var status = response.StatusCode;
        var request = context.Request;
        var (path, query, endpoint) = (request.Path, request.QueryString, context.GetEndpoint());
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPath = path.Value ?? "/",
            OriginalPathBase = request.PathBase.Value ?? "",
            OriginalQueryString = query.HasValue ? query.Value : null,
            Endpoint = endpoint,
            RouteValues = new RouteValueDictionary(request.RouteValues),
        });
        _page ??= WithoutAuthorization(context.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints
            .Single(e => e.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type == typeof(StatusPage)));
        context.SetEndpoint(_page);
        request.RouteValues.Clear();
        request.RouteValues["Code"] = code;
        request.Path = Path + code;
        request.QueryString = QueryString.Empty;
        response.StatusCode = StatusCodes.Status200OK;
        response.OnStarting(() =>
        {
            response.StatusCode = status;
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            (request.Path, request.QueryString) = (path, query);
            context.Features.Set<IStatusCodeReExecuteFeature?>(null);
        }
    }

    // A failure before routing chose an endpoint leaves authorization unrun, and the endpoint middleware then refuses any
    // endpoint carrying the dashboard's policy. The status page shows nothing of the platform's, so it is run as the
    // same page without that policy. Still a route endpoint: the page's parameters are converted by its route ({Code:int}).
    private static RouteEndpoint WithoutAuthorization(Endpoint page)
    {
        var route = (RouteEndpoint)page;
        return new RouteEndpoint(
            route.RequestDelegate!,
            route.RoutePattern,
            route.Order,
            new EndpointMetadataCollection(route.Metadata.Where(m => m is not (IAuthorizeData or AuthorizationPolicy or IAuthorizationRequirementData))),
            route.DisplayName);
    }

    [LoggerMessage(LogLevel.Error, "The dashboard page {Path} failed")]
    private static partial void Failed(ILogger logger, PathString path, Exception failure);
}
