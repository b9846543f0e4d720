using Microsoft.AspNetCore.Http;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Idempotency;

/// <summary>Sends a recorded first answer again, marked as a replay.</summary>
internal sealed class ReplayedResult(RecordedAnswer answer) : IResult
{
    public const string ReplayHeader = "Idempotent-Replayed";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers)
        {
            response.Headers[name] = value;
        }

        response.Headers[ReplayHeader] = "true";
        await response.WriteAsync(answer.Body, httpContext.RequestAborted);
    }
}
