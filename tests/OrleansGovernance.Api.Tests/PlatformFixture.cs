using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// The platform exactly as the README's run command starts it (Program: one silo on the embedded SQLite default,
/// API co-hosted, Xinglin seeded), served in-process. The database lives in a fresh temporary folder and Orleans
/// gets free loopback ports, so a run never meets the data or the silo of another.
/// </summary>
public sealed class PlatformFixture : WebApplicationFactory<Program>
{
    public const string SeedUntil = "2026-11-26T12:00:00+08:00";

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("og-api-");

    /// <summary>Where Orleans clients reach the silo: the limit tests connect an API host of their own here.</summary>
    public int GatewayPort { get; } = FreePorts.Next();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _data.Delete(recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:SqlitePath", Path.Combine(_data.FullName, "governance.db"));
        builder.UseSetting("Orleans:SiloPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Seed:Until", SeedUntil);
        builder.UseSetting("Seed:TicketsPerCompoundPerMonth", "0.5");

        // Every test class shares this host and calls from one address; the limit tests use a host of their own.
        builder.UseSetting("Api:RateLimit:PermitsPerSecond", "100000");
        builder.UseSetting("Api:RateLimit:Burst", "100000");
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
