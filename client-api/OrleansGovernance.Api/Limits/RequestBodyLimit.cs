using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using OrleansGovernance.Api.Open311;

namespace OrleansGovernance.Api.Limits;

/// <summary>
/// Refuses request bodies over Api:MaxBodyBytes (Api:MaxImportBytes for imports, Api:MaxEvidenceBytes and the framing for
/// evidence uploads) on API routes with 413 problem details.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next, IOptions<ApiLimits> limits)
{
    private readonly long _maxBody = limits.Value.MaxBodyBytes;
    private readonly long _maxImport = limits.Value.MaxImportBytes;
    private readonly long _maxEvidence = limits.Value.MaxEvidenceBytes + limits.Value.MaxBodyBytes;

    public async Task InvokeAsync(HttpContext context)
    {
        if (ApiPaths.Serves(context.Request))
        {
            var maxBytes = context.Request.Path.StartsWithSegments(ApiPaths.Imports) ? _maxImport
                : ApiPaths.UploadsEvidence(context.Request) ? _maxEvidence
                : _maxBody;

            // A declared length is refused before a byte is read.
            if (context.Request.ContentLength > maxBytes)
            {
                var detail = $"request bodies are limited to {maxBytes} bytes.";
                await (context.Request.Path.StartsWithSegments(ApiPaths.Open311)
                    ? Open311Response.WriteErrors(context, StatusCodes.Status413PayloadTooLarge, detail)
                    : Problems.Write(context, StatusCodes.Status413PayloadTooLarge, "The request body is too large.", detail));
                return;
            }

            // A chunked body has no declared length: the server (Kestrel) stops reading it at the limit and throws a
            // 413 BadHttpRequestException, which the exception handler answers as problem details.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = maxBytes;
            }
        }

        await next(context);
    }
}
