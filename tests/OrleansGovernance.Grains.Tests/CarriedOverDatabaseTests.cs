using OrleansGovernance.Abstractions;
using OrleansGovernance.Persistence.Tests.CarryOver;

namespace OrleansGovernance.Grains.Tests;

/// <summary>A database written by main at 259bdda, opened by today's silos, serves the figures that code served.</summary>
public sealed class CarriedOverDatabaseTests : IAsyncLifetime
{
    private readonly ClusterFixture _cluster = new(silos: 1, policy: null, carried: new CarriedDatabase(DatabaseOfMain259bdda.UnpackTo, DatabaseOfMain259bdda.ServiceId));

    public Task InitializeAsync() => _cluster.InitializeAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task Every_level_serves_the_figures_the_earlier_code_showed_for_the_same_database()
    {
        var grains = _cluster.Client;
        (string Id, IPlaceFiguresGrain Grain)[] places =
        [
            ("xiamen", grains.GetGrain<IRegionGrain>("xiamen")),
            ("xiamen.jimei.xinglin", grains.GetGrain<IRegionGrain>("xiamen.jimei.xinglin")),
            ("xiamen.jimei.xinglin.fangzhi", grains.GetGrain<ICommunityGrain>("xiamen.jimei.xinglin.fangzhi")),
            ("xiamen.jimei.xinglin.fangzhi.hualing-garden", grains.GetGrain<ICompoundGrain>("xiamen.jimei.xinglin.fangzhi.hualing-garden")),
        ];

        foreach (var (id, grain) in places)
        {
            var recorded = ClockFreeFigures.Of(DatabaseOfMain259bdda.Summary(id)).ToJsonString();
            var served = await Eventually.Until(
                async () => ClockFreeFigures.Of((await grain.GetReport()).Figures).ToJsonString(), figures => figures == recorded, TimeSpan.FromSeconds(30));
            Assert.Equal(recorded, served);
        }
    }
}
