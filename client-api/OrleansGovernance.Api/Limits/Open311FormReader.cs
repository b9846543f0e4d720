using Microsoft.AspNetCore.Http;

namespace OrleansGovernance.Api.Limits;

/// <summary>
/// Reads an Open311 form body before the rate limiter, so a POSTed api_key can choose the client's bucket. The
/// limiter's partitioning is synchronous and must not read the body itself; the form read here is cached on the
/// request, so the endpoint binds the same form afterwards.
/// </summary>
internal sealed class Open311FormReader(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(ApiPaths.Open311) && request.HasFormContentType && !request.Query.ContainsKey(ClientPartition.ApiKey))
        {
            try
            {
                await request.ReadFormAsync(context.RequestAborted);
            }
            catch (InvalidDataException malformed)
            {
                // Too many fields or a broken multipart body: the endpoint would fail on it just the same.
                throw new BadHttpRequestException(malformed.Message, StatusCodes.Status400BadRequest, malformed);
            }
        }

        await next(context);
    }
}
