using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace OrleansGovernance.Api.Health;

/// <summary>
/// Waits <see cref="ProbeOptions.DrainDelay"/> when the host begins to stop, before any hosted service (Kestrel, the
/// silo, the Orleans client) does: Kubernetes removes a terminating pod from its endpoints asynchronously, so without
/// this pause requests still routed here would meet a closed port.
/// </summary>
internal sealed class ShutdownDrain(IOptions<ProbeOptions> options) : IHostedLifecycleService
{
    // Cut short, not failed, when the shutdown timeout runs out first.
    public async Task StoppingAsync(CancellationToken cancellationToken) =>
        await Task.Delay(options.Value.DrainDelay, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
