using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>
/// Finds the compounds under any place. A place's level shows in its id: a city has one segment, a district two,
/// a subdistrict three, a community four and a compound five (each profile is validated as a child of the one above).
/// </summary>
internal static class PlaceTree
{
    private const int CommunitySegments = 4;
    private const int CompoundSegments = 5;

    /// <summary>The ids of the compounds under <paramref name="placeId"/> (itself, for a compound); NotFound for an unknown place.</summary>
    public static async Task<IReadOnlyList<string>> CompoundsUnder(IGrainFactory grains, string placeId)
    {
        var id = Ids.Place(placeId, "place");
        switch (id.Count(c => c == '.') + 1)
        {
            case CompoundSegments:
                await grains.GetGrain<ICompoundGrain>(id).GetProfile();
                return [id];
            case CommunitySegments:
                return (await grains.GetGrain<ICommunityGrain>(id).GetProfile()).Compounds;
            case < CommunitySegments:
                var communities = await CommunitiesUnder(grains, id);
                var profiles = await FanOut.Map(communities, c => grains.GetGrain<ICommunityGrain>(c).GetProfile());
                return [.. profiles.SelectMany(p => p.Compounds)];
            default:
                throw DomainRuleException.NotFound("place", id);
        }
    }

    /// <summary>Walks down the regions a level at a time, so no more calls are in flight than one fan-out allows.</summary>
    private static async Task<IReadOnlyList<string>> CommunitiesUnder(IGrainFactory grains, string regionId)
    {
        var communities = new List<string>();
        IReadOnlyList<string> regions = [regionId];
        while (regions.Count > 0)
        {
            var profiles = await FanOut.Map(regions, r => grains.GetGrain<IRegionGrain>(r).GetProfile());
            communities.AddRange(profiles.Where(p => p.ChildRegionLevel is null).SelectMany(p => p.Children));
            regions = [.. profiles.Where(p => p.ChildRegionLevel is not null).SelectMany(p => p.Children)];
        }

        return communities;
    }
}
