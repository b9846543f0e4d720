using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>
/// Finds places by their dotted ids: the depth of an id says its level (city, district, subdistrict, community,
/// compound), hence which grain holds it, and its prefixes are the breadcrumbs above it.
/// </summary>
public sealed class PlaceTree(IGrainFactory grains)
{
    public const string City = "xiamen";
    public const int CommunityDepth = 4;
    public const int CompoundDepth = 5;

    public static int Depth(string id) => id.Count(c => c == '.') + 1;

    public static bool IsCompound(string id) => Depth(id) == CompoundDepth;

    /// <summary>The places above <paramref name="id"/>, from the city down, and the place itself.</summary>
    public static IReadOnlyList<string> Path(string id)
    {
        var path = new List<string>();
        for (var place = id; place is not null; place = PlaceIds.ParentOf(place))
        {
            path.Insert(0, place);
        }

        return path;
    }

    public IPlaceFiguresGrain Figures(string id) => Depth(id) switch
    {
        < CommunityDepth => grains.GetGrain<IRegionGrain>(id),
        CommunityDepth => grains.GetGrain<ICommunityGrain>(id),
        CompoundDepth => grains.GetGrain<ICompoundGrain>(id),
        _ => throw DomainRuleException.NotFound("place", id),
    };

    /// <summary>The places directly below <paramref name="id"/>; a compound has none.</summary>
    public async Task<IReadOnlyList<string>> Children(string id) => Depth(id) switch
    {
        < CommunityDepth => (await grains.GetGrain<IRegionGrain>(id).GetProfile()).Children,
        CommunityDepth => (await grains.GetGrain<ICommunityGrain>(id).GetProfile()).Compounds,
        _ => [],
    };

    /// <summary>The places at <paramref name="depth"/> at or below <paramref name="id"/> (say, its compounds).</summary>
    public async Task<IReadOnlyList<string>> At(string id, int depth)
    {
        if (Depth(id) >= depth)
        {
            return [id];
        }

        var below = await Task.WhenAll((await Children(id)).Select(child => At(child, depth)));
        return [.. below.SelectMany(c => c)];
    }

    public async Task<IReadOnlyList<string>> Plans(string compoundId) =>
        (await grains.GetGrain<ICompoundGrain>(compoundId).GetProfile()).Plans;
}
