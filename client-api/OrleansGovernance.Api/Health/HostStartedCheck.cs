using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace OrleansGovernance.Api.Health;

/// <summary>
/// Healthy once every hosted service has started: for a silo that means it has joined the cluster, for the
/// standalone API host that its Orleans client has connected.
/// </summary>
internal sealed class HostStartedCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStarted.IsCancellationRequested
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("still starting"));
}
