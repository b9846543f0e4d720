using Microsoft.AspNetCore.Builder;
using Scalar.AspNetCore;

namespace OrleansGovernance.Api;

/// <summary>The OpenAPI document, browsable with Scalar at /scalar.</summary>
internal static class ApiDocs
{
    public const string Path = "/scalar";

    public static void MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi();

        // Scalar's script is served from its package; the fonts and the usage telemetry would come from Scalar's own
        // servers, which a city's intranet may not reach and residents' data should not meet, so both are off.
        app.MapScalarApiReference(Path, options => options.DisableDefaultFonts().DisableTelemetry());
    }
}
