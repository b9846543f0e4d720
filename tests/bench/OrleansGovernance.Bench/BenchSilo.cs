using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Organisation;
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

    public const string City = "bench";

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
        return new BenchSilo(app, grains, await Places(grains, communities, compoundsPerCommunity));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<List<string>> Places(IGrainFactory grains, int communities, int compoundsPerCommunity)
    {
        await grains.GetGrain<IRegionGrain>(City).Define(new RegionProfile { Id = City, Name = "Bench", NameZh = "基准", Level = RegionLevel.City });
        await grains.GetGrain<IRegionGrain>($"{City}.d").Define(new RegionProfile { Id = $"{City}.d", Name = "D", NameZh = "区", Level = RegionLevel.District, ParentId = City });
        await grains.GetGrain<IRegionGrain>($"{City}.d.s").Define(new RegionProfile { Id = $"{City}.d.s", Name = "S", NameZh = "街道", Level = RegionLevel.Subdistrict, ParentId = $"{City}.d" });
        var compounds = new List<string>();
        for (var c = 0; c < communities; c++)
        {
            var community = $"{City}.d.s.c{c:D3}";
            await grains.GetGrain<ICommunityGrain>(community).Define(new CommunityProfile { Id = community, Name = community, NameZh = "社区", RegionId = $"{City}.d.s" });
            for (var i = 0; i < compoundsPerCommunity; i++)
            {
                var id = $"{community}.compound-{i:D4}";
                await grains.GetGrain<ICompoundGrain>(id).Define(new CompoundProfile { Id = id, Name = id, NameZh = "小区", CommunityId = community });
                compounds.Add(id);
            }
        }

        return compounds;
    }
}
