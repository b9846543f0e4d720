using OrleansGovernance.Silo;
using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench;

/// <summary>One silo with the platform's real configuration on a benchmark database, hosted in this process, and a place hierarchy to write into.</summary>
internal sealed class BenchSilo : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchSilo(WebApplication app, IGrainFactory grains, List<string> compounds)
    {
        _app = app;
        Grains = grains;
        Compounds = compounds;
    }

    public IGrainFactory Grains { get; }

    public List<string> Compounds { get; }

    public const string City = BenchPlaces.City;

    public static async Task<BenchSilo> Start(string connectionString, int communities, int compoundsPerCommunity, int poolSize)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["ConnectionStrings:Governance"] = connectionString + $";Maximum Pool Size={poolSize}",
            ["Seed:Enabled"] = "false",
            ["Orleans:ClusterId"] = "bench",
            ["Orleans:SiloPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddGovernanceSilo();
        var app = builder.Build();
        await app.StartAsync();
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        return new BenchSilo(app, grains, await BenchPlaces.Define(grains, communities, compoundsPerCommunity));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
