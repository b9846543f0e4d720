using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace OrleansGovernance.Api;

/// <summary>Problem details (RFC 9457) written by middleware, which answers before any endpoint runs.</summary>
internal static class Problems
{
    // Long enough for a failed-over silo or a restarted database to come back; short enough for an impatient client.
    public const string RetryAfterUnavailable = "5";

    public static async Task Write(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
