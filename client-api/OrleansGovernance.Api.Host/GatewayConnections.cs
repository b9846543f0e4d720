using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OrleansGovernance.Api.Host;

/// <summary>
/// Counts the client's open gateway connections and reports none as Degraded. Not Unhealthy: the client opens a
/// connection only when a request needs one, so taking the host out of service while the silos restart would keep
/// it from ever noticing they are back.
/// </summary>
internal sealed class GatewayConnections : IClusterConnectionStatusObserver, IHealthCheck
{
    private volatile int _open;

    public void NotifyGatewayCountChanged(int currentNumberOfGateways, int previousNumberOfGateways, bool connectionRecovered) =>
        _open = currentNumberOfGateways;

    public void NotifyClusterConnectionLost() => _open = 0;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_open > 0
            ? HealthCheckResult.Healthy($"{_open} gateway connection(s)")
            : HealthCheckResult.Degraded("no gateway connected; the next request will look for one"));
}
