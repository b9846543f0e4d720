using System.Globalization;
using Orleans.Configuration;
using OrleansGovernance.Silo;
using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench.National;

/// <summary>
/// One silo in this process with the platform's real configuration over a database already holding a country.
/// Nothing may be collected while the country is counted, and the backstop heals (pull, reconcile) are stretched to
/// an hour: at their 2-minute defaults 720,000 places would make some 1,000 pull calls and 5,000 queries a second on
/// one silo, a cost this benchmark reports rather than measures as memory.
/// </summary>
internal sealed class NationalSilo : IAsyncDisposable
{
    private static readonly string Heal = TimeSpan.FromHours(1).ToString("c", CultureInfo.InvariantCulture);

    private readonly WebApplication _app;

    private NationalSilo(WebApplication app) => _app = app;

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    public static async Task<NationalSilo> Start(string connectionString)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            // Activations queue for connections rather than fail: hundreds activate at once, each reading its state.
            ["ConnectionStrings:Governance"] = connectionString + ";Maximum Pool Size=64;Timeout=120",
            ["Seed:Enabled"] = "false",
            ["Orleans:ClusterId"] = "national",
            ["Orleans:SiloPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Figures:PullInterval"] = Heal,
            ["Figures:ReconcileInterval"] = Heal,
            ["Urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddGovernanceSilo();
        builder.Services.Configure<GrainCollectionOptions>(collection => collection.CollectionAge = TimeSpan.FromHours(2));
        var app = builder.Build();
        await app.StartAsync();
        return new NationalSilo(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
