using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace OrleansGovernance.Api.Limits;

/// <summary>
/// Answers API requests with 503 and Retry-After until the host has started (the silo joined, or the client connected),
/// so a request that arrives while the cluster is still out of reach is refused at once instead of waiting on it.
/// </summary>
internal sealed class StartupGate(RequestDelegate next, IHostApplicationLifetime lifetime)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!lifetime.ApplicationStarted.IsCancellationRequested && ApiPaths.Serves(context.Request))
        {
            context.Response.Headers.RetryAfter = Problems.RetryAfterUnavailable;
            await Problems.Write(context, StatusCodes.Status503ServiceUnavailable, "Temporarily unavailable.",
                "the API is still connecting to the cluster; retry shortly.");
            return;
        }

        await next(context);
    }
}
