using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OrleansGovernance.Api.Health;

/// <summary>
/// Health endpoints, mapped by silos whether or not they serve the API and by the standalone API host:
/// <list type="bullet">
/// <item><c>/healthz</c>: every check (200 once the process serves, 503 while it starts).</item>
/// <item><c>/healthz/startup</c>: the host has started (a silo has joined the cluster, migrated and seeded).</item>
/// <item><c>/healthz/ready</c>: started and not shutting down; drops as soon as shutdown is requested.</item>
/// <item><c>/healthz/live</c>: the process answers HTTP. Local on purpose: no grain or database call, so a slow
/// database or a busy cluster never gets a healthy pod restarted.</item>
/// </list>
/// </summary>
public static class GovernanceHealth
{
    public const string Path = "/healthz";
    public const string StartupPath = "/healthz/startup";
    public const string ReadyPath = "/healthz/ready";
    public const string LivePath = "/healthz/live";

    private const string StartupTag = "startup";
    private const string ReadyTag = "ready";

    public static IHealthChecksBuilder AddGovernanceHealth(this IServiceCollection services)
    {
        services.AddOptions<ProbeOptions>().BindConfiguration(ProbeOptions.Section);
        services.AddHostedService<ShutdownDrain>();
        return services.AddHealthChecks()
            .AddCheck<HostStartedCheck>("started", tags: [StartupTag, ReadyTag])
            .AddCheck<NotStoppingCheck>("not-stopping", tags: [ReadyTag]);
    }

    public static IEndpointRouteBuilder MapGovernanceHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(Path);
        app.MapHealthChecks(StartupPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(StartupTag) });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        return app;
    }
}
