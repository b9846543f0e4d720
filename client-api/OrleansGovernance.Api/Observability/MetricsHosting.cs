using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Observability;

/// <summary>OpenTelemetry metrics in the Prometheus text format at <c>/metrics</c>, for silos and API hosts alike.</summary>
public static class MetricsHosting
{
    public const string Path = "/metrics";

    /// <summary>Orleans' runtime, ASP.NET Core, the .NET runtime, Npgsql's pool and the platform's own instruments.</summary>
    private static readonly string[] Meters =
    [
        "Microsoft.Orleans",
        GovernanceMeter.Name,
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.RateLimiting",
        "System.Runtime",
        "Npgsql",
    ];

    public static IServiceCollection AddGovernanceMetrics(this IServiceCollection services)
    {
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section);
        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(Meters).AddPrometheusExporter());
        return services;
    }

    /// <summary>
    /// Maps <c>/metrics</c>; see <see cref="MetricsOptions.Port"/> for who may read it. <paramref name="servesApi"/>
    /// says whether this host maps the API (and with it the authentication this needs); call after mapping it.
    /// </summary>
    public static WebApplication MapGovernanceMetrics(this WebApplication app, bool servesApi)
    {
        var port = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.Port;
        var endpoint = app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: port is { } management
            ? branch => branch.Use((context, next) => context.Connection.LocalPort == management ? next(context) : NotFound(context))
            : null, optionsName: null);
        if (port is null && servesApi)
        {
            endpoint.RequireAuthorization(AccessPolicy.Administer);
        }

        return app;
    }

    // The Host header is the client's to choose, so the port is checked on the connection, not with RequireHost.
    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
