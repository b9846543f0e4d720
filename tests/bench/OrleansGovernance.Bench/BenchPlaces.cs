using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Bench;

/// <summary>A generated city to write into: one district, one subdistrict, and the given communities and compounds, defined through grain calls.</summary>
public static class BenchPlaces
{
    public const string City = "bench";

    /// <summary>Defines the places and answers the compound ids.</summary>
    public static async Task<List<string>> Define(IGrainFactory grains, int communities, int compoundsPerCommunity)
    {
        await grains.GetGrain<IRegionGrain>(City).Define(new RegionProfile { Id = City, Name = "Bench", NameZh = "基准", Level = RegionLevel.City });
        await grains.GetGrain<IRegionGrain>($"{City}.d").Define(new RegionProfile { Id = $"{City}.d", Name = "D", NameZh = "区", Level = RegionLevel.District, ParentId = City });
        await grains.GetGrain<IRegionGrain>($"{City}.d.s").Define(new RegionProfile { Id = $"{City}.d.s", Name = "S", NameZh = "街道", Level = RegionLevel.Subdistrict, ParentId = $"{City}.d" });

        // Communities are defined side by side; the compounds of one community one after another, since each registers with it.
        var defined = await Task.WhenAll(Enumerable.Range(0, communities).Select(async c =>
        {
            var community = $"{City}.d.s.c{c:D3}";
            await grains.GetGrain<ICommunityGrain>(community).Define(new CommunityProfile { Id = community, Name = community, NameZh = "社区", RegionId = $"{City}.d.s" });
            var compounds = new List<string>();
            for (var i = 0; i < compoundsPerCommunity; i++)
            {
                var id = $"{community}.compound-{i:D4}";
                await grains.GetGrain<ICompoundGrain>(id).Define(new CompoundProfile { Id = id, Name = id, NameZh = "小区", CommunityId = community });
                compounds.Add(id);
            }

            return compounds;
        }));
        return [.. defined.SelectMany(c => c)];
    }
}
