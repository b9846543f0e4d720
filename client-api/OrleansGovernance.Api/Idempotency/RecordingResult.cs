using System.Text;
using Microsoft.AspNetCore.Http;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Idempotency;

/// <summary>
/// Runs the endpoint's result into a buffer, has the answer recorded, and only then sends it: a client that saw the
/// answer can be sure its retry gets the same one.
/// </summary>
internal sealed class RecordingResult(IResult inner, Func<RecordedAnswer, Task> record) : IResult
{
    /// <summary>The headers a replay must repeat for the answer to mean the same.</summary>
    internal static readonly string[] KeptHeaders = ["Location", "ETag", "Content-Type"];

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var body = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await inner.ExecuteAsync(httpContext);
        }
        finally
        {
            response.Body = body;
        }

        var headers = KeptHeaders
            .Where(name => response.Headers.ContainsKey(name))
            .ToDictionary(name => name, name => response.Headers[name].ToString());
        await record(new RecordedAnswer(response.StatusCode, headers, Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)));
        buffer.Position = 0;
        await buffer.CopyToAsync(body, httpContext.RequestAborted);
    }
}
