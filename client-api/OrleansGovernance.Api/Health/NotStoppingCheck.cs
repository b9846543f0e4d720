using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace OrleansGovernance.Api.Health;

/// <summary>
/// Unhealthy from the moment shutdown is requested (SIGTERM fires ApplicationStopping before any hosted service stops),
/// so a load balancer stops routing here while the silo still serves and has not yet left the cluster.
/// </summary>
internal sealed class NotStoppingCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("shutting down")
            : HealthCheckResult.Healthy());
}
