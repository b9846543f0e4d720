using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OrleansGovernance.Api.Health;

/// <summary>/healthz: 200 once the process serves, 503 while it starts. Silos map it whether or not they serve the API.</summary>
public static class GovernanceHealth
{
    public const string Path = "/healthz";

    public static IHealthChecksBuilder AddGovernanceHealth(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<HostStartedCheck>("started");

    public static IEndpointRouteBuilder MapGovernanceHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(Path);
        return app;
    }
}
