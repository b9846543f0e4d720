using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>
/// Prints the first-run link once the site listens, on one console line of its own: never through the loggers, whose
/// entries may travel to other places, so that this line is the only place the secret is ever written.
/// </summary>
internal sealed class OneTimeSignInAnnouncement(
    OneTimeSignIn link,
    IServer server,
    IOptions<DashboardSignInOptions> options,
    IHostApplicationLifetime lifetime,
    [FromKeyedServices(OneTimeSignIn.ConsoleKey)] TextWriter console) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.OneTimeSignIn == true)
        {
            lifetime.ApplicationStarted.Register(Announce);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Announce()
    {
        var site = Reachable(server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:8080");
        var minutes = (int)options.Value.OneTimeSignInLifetime.TotalMinutes;
        console.WriteLine($"Sign in to the dashboard as the local administrator, once, within {minutes} minutes (一次性登录链接): {OneTimeSignIn.Link(site, link.Issue())}");
        console.Flush();
    }

    // A wildcard binding (http://+:8080, http://0.0.0.0:8080) is no address to open; this machine's own is.
    private static string Reachable(string address)
    {
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "localhost";
        }

        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }
}
