using Microsoft.Extensions.Options;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Places;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Grains.Tests;

/// <summary>
/// Listings, exports, the dashboard and Open311 find places through <see cref="PlaceTree"/>: these pin that it reads
/// each place's level from the model, on a country-shaped tree (compounds seven segments deep) as on a city's.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PlaceTreeTests(ClusterFixture fixture)
{
    private readonly IClusterClient _grains = fixture.Client;

    [Fact]
    public async Task A_country_shaped_tree_finds_each_place_at_its_own_level_with_compounds_seven_segments_deep()
    {
        var country = await Country();
        var tree = Tree(country.Nation);

        var compound = await tree.Find(country.Compounds[0]);
        var path = await tree.Path(country.Compounds[0]);

        Assert.Equal(7, country.Compounds[0].Split('.').Length);
        Assert.Equal(PlaceKind.Compound, compound.Kind);
        Assert.Equal(
            [PlaceKind.Nation, PlaceKind.Province, PlaceKind.City, PlaceKind.District, PlaceKind.Subdistrict, PlaceKind.Community, PlaceKind.Compound],
            path.Select(p => p.Kind));
        Assert.Equal(country.Community, compound.ParentId);
        Assert.Equal(PlaceKind.Compound, (await tree.Figures(compound).GetReport()).Kind);
    }

    [Fact]
    public async Task The_compounds_and_communities_under_any_level_of_a_country_are_listed_in_the_order_their_parents_give()
    {
        var country = await Country();
        var tree = Tree(country.Nation);

        Assert.Equal(country.Compounds, await tree.CompoundsUnder(country.Nation));
        Assert.Equal(country.Compounds, await tree.CompoundsUnder(country.Community));
        Assert.Equal([country.Compounds[1]], await tree.CompoundsUnder(country.Compounds[1]));
        Assert.Equal([country.Community], await tree.CommunitiesUnder(PlaceIds.ParentOf(PlaceIds.ParentOf(country.Community)!)!));
    }

    [Fact]
    public async Task A_city_standing_alone_is_a_root_whose_compounds_sit_five_segments_deep()
    {
        var community = await Places.Community(_grains);
        var compound = await Places.Compound(_grains, community);
        var city = compound.Split('.')[0];
        var tree = Tree(city);

        Assert.Equal(PlaceKind.City, (await tree.Find(city)).Kind);
        Assert.Equal(PlaceKind.Community, (await tree.Find(community)).Kind);
        Assert.Equal([compound], await tree.CompoundsUnder(city));
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("elsewhere.entirely")]
    public async Task A_place_outside_every_root_or_malformed_is_not_found(string suffix)
    {
        var country = await Country();
        var tree = Tree(country.Nation);

        await Assert.ThrowsAsync<DomainRuleException>(() => tree.Find(suffix == "" ? $"{country.Community}.no-such-compound" : suffix));
    }

    private PlaceTree Tree(params string[] roots) => new(_grains, Options.Create(new PlaceOptions { Roots = [.. roots] }));

    private sealed record CountryPlaces(string Nation, string Community, IReadOnlyList<string> Compounds);

    /// <summary>A nation, province, city, district and subdistrict above one community with two compounds.</summary>
    private async Task<CountryPlaces> Country()
    {
        var nation = $"n{Guid.NewGuid():N}"[..12];
        (string Suffix, RegionLevel Level)[] regions = [("", RegionLevel.Nation), (".fujian", RegionLevel.Province), (".quanzhou", RegionLevel.City), (".licheng", RegionLevel.District), (".xishan", RegionLevel.Subdistrict)];
        string? parent = null;
        var id = nation;
        foreach (var (suffix, level) in regions)
        {
            id = parent is null ? nation : $"{parent}{suffix}";
            await _grains.GetGrain<IRegionGrain>(id).Define(new RegionProfile { Id = id, Name = level.ToString(), NameZh = "地区", Level = level, ParentId = parent });
            parent = id;
        }

        var community = $"{id}.dongqiao";
        await _grains.GetGrain<ICommunityGrain>(community).Define(new CommunityProfile { Id = community, Name = "Dongqiao", NameZh = "东桥社区", RegionId = id });
        return new CountryPlaces(nation, community, [await Places.Compound(_grains, community, "east-garden"), await Places.Compound(_grains, community, "west-garden")]);
    }
}
