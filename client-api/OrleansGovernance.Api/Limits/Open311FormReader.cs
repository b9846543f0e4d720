using System.Net;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using OrleansGovernance.Api.Open311;

namespace OrleansGovernance.Api.Limits;

/// <summary>
/// Reads an Open311 form body before the rate limiter, so a POSTed api_key can choose the client's bucket. The
/// limiter's partitioning is synchronous and must not read the body itself; the form read here is cached on the
/// request, so the endpoint binds the same form afterwards. A form that cannot be read (too many fields, a broken
/// body) or is not UTF-8 is refused here, in GeoReport's own words: the form reader would otherwise keep undecodable
/// bytes as replacement characters or as literal escapes, filing words nobody wrote.
/// </summary>
internal sealed class Open311FormReader(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(ApiPaths.Open311) && request.HasFormContentType)
        {
            var (status, refusal) = await Read(request, context.RequestAborted);
            if (refusal is not null)
            {
                await Open311Response.WriteErrors(context, status, refusal);
                return;
            }
        }

        await next(context);
    }

    private static async Task<(int Status, string? Refusal)> Read(HttpRequest request, CancellationToken aborted)
    {
        // The body is at most Api:MaxBodyBytes (64 KiB): buffered, it can be read as a form and checked as bytes.
        request.EnableBuffering();
        try
        {
            await request.ReadFormAsync(aborted);
        }
        catch (InvalidDataException malformed)
        {
            return (StatusCodes.Status400BadRequest, $"the form could not be read: {malformed.Message}");
        }
        catch (BadHttpRequestException unreadable)
        {
            // A chunked body past the size limit, or one cut short.
            return (unreadable.StatusCode, $"the form could not be read: {unreadable.Message}");
        }

        if (!request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return (StatusCodes.Status200OK, null);
        }

        request.Body.Position = 0;
        var raw = await new StreamReader(request.Body, System.Text.Encoding.Latin1, leaveOpen: true).ReadToEndAsync(aborted);
        request.Body.Position = 0;
        var bytes = WebUtility.UrlDecodeToBytes(System.Text.Encoding.Latin1.GetBytes(raw), 0, raw.Length);
        return Utf8.IsValid(bytes)
            ? (StatusCodes.Status200OK, null)
            : (StatusCodes.Status400BadRequest, "the form is not valid UTF-8; GeoReport forms are posted in UTF-8.");
    }
}
