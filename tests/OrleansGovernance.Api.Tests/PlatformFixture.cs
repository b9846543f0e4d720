using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// The platform exactly as the README's run command starts it (Program: one silo, API co-hosted, Xinglin seeded),
/// served in-process. Orleans gets free loopback ports so it never meets a silo running on the machine.
/// </summary>
public sealed class PlatformFixture : WebApplicationFactory<Program>
{
    public const string SeedUntil = "2026-11-26T12:00:00+08:00";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Orleans:SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Seed:Until", SeedUntil);
        builder.UseSetting("Seed:TicketsPerCompoundPerMonth", "0.5");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
