using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Audit;

/// <summary>
/// Records every write (any method but GET) with who, when, what and how it ended, before the answer goes out, so no
/// acknowledged write is missing from the trail. Reads are not audited.
/// </summary>
internal sealed class AuditFilter(IAuditTrail trail, TimeProvider clock, ILogger<AuditFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            return await next(context);
        }

        object? result;
        try
        {
            result = await next(context);
        }
        catch (Exception refused)
        {
            await Record(context.HttpContext, ProblemExceptionHandler.StatusFor(refused));
            throw;
        }

        await Record(context.HttpContext, result is IStatusCodeHttpResult { StatusCode: { } status } ? status : StatusCodes.Status200OK, CreatedId(result));
        return result;
    }

    /// <summary>The id of what a create made (a filed ticket has none in its route), so the trail can be read by it.</summary>
    private static string? CreatedId(object? result) =>
        result is IValueHttpResult { Value: { } value } ? value.GetType().GetProperty("Id")?.GetValue(value) as string : null;

    private async Task Record(HttpContext http, int status, string? createdId = null)
    {
        var caller = Caller.From(http.User);
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        var entry = new AuditEntry(0, clock.GetUtcNow(), caller.Subject, caller.Role, $"{http.Request.Method} {route}",
            http.Request.Path.Value ?? "", http.GetRouteValue("id") as string ?? createdId, status);
        await trail.RecordOrLog(entry, logger, http.RequestAborted);
    }
}
