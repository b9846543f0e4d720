using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Grains.Tests;

/// <summary>What a whole country on one silo needs from the place grains: levels above a city, no idle activations per compound.</summary>
[Collection(ClusterCollection.Name)]
public sealed class NationalScaleTests(ClusterFixture fixture)
{
    private readonly IClusterClient _grains = fixture.Client;

    [Fact]
    public async Task A_nation_counts_the_compounds_of_a_city_under_one_of_its_provinces()
    {
        var nation = $"nation{Guid.NewGuid():N}"[..16];
        await Define(nation, RegionLevel.Nation, null);
        await Define($"{nation}.fujian", RegionLevel.Province, nation);
        await Define($"{nation}.fujian.xiamen", RegionLevel.City, $"{nation}.fujian");
        await Define($"{nation}.fujian.xiamen.jimei", RegionLevel.District, $"{nation}.fujian.xiamen");
        await Define($"{nation}.fujian.xiamen.jimei.xinglin", RegionLevel.Subdistrict, $"{nation}.fujian.xiamen.jimei");
        var community = $"{nation}.fujian.xiamen.jimei.xinglin.fangzhi";
        await _grains.GetGrain<ICommunityGrain>(community).Define(new CommunityProfile { Id = community, Name = "Fangzhi", NameZh = "纺织社区", RegionId = $"{nation}.fujian.xiamen.jimei.xinglin" });
        await Places.Compound(_grains, community);

        var report = await Eventually(() => _grains.GetGrain<IRegionGrain>(nation).GetReport(), r => r.Figures.Organisation.Compounds == 1);

        Assert.Equal(PlaceKind.Nation, report.Kind);
        Assert.Equal(PlaceKind.Province, (await _grains.GetGrain<IRegionGrain>($"{nation}.fujian").GetReport()).Kind);
    }

    [Fact]
    public async Task A_city_cannot_sit_directly_under_a_nation()
    {
        var nation = $"nation{Guid.NewGuid():N}"[..16];
        await Define(nation, RegionLevel.Nation, null);

        await Assert.ThrowsAsync<Domain.DomainRuleException>(() => Define($"{nation}.xiamen", RegionLevel.City, nation));
    }

    [Fact]
    public async Task A_compound_without_a_branch_leaves_no_branch_activation_behind()
    {
        var compound = await Places.Compound(_grains, await Places.Community(_grains));
        var branch = _grains.GetGrain<IBranchGrain>(compound).GetGrainId();
        var management = _grains.GetGrain<IManagementGrain>(0);

        Assert.Null(await _grains.GetGrain<IBranchGrain>(compound).Find());
        await Eventually(() => management.GetActiveGrains(branch.Type).AsTask(), active => !active.Contains(branch));
    }

    private Task Define(string id, RegionLevel level, string? parent) =>
        _grains.GetGrain<IRegionGrain>(id).Define(new RegionProfile { Id = id, Name = id, NameZh = "地方", Level = level, ParentId = parent });

    private static async Task<T> Eventually<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                Assert.True(done(value), $"not reached within 10 s: {value}");
                return value;
            }

            await Task.Delay(50);
        }
    }
}
