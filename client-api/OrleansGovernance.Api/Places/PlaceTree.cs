using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Api.Endpoints;

namespace OrleansGovernance.Api.Places;

/// <summary>
/// Finds places through their model, never through the depth of their ids: a region's profile says whether its
/// children are regions (and of which level) or communities, a community lists its compounds. A place is found by
/// walking down from its root, choosing at each step the child whose path the id continues; what a walk meets is
/// remembered, since a place neither changes its level nor goes away, so each place is looked up once per process.
/// </summary>
public sealed class PlaceTree(IGrainFactory grains, IOptions<PlaceOptions> options)
{
    private readonly ConcurrentDictionary<string, Place> _found = new(StringComparer.Ordinal);

    /// <summary>The landing place: the first configured root.</summary>
    public string Home => options.Value.Roots[0];

    /// <summary>The place named <paramref name="id"/>; NotFound when no root's tree holds it.</summary>
    public async Task<Place> Find(string id)
    {
        if (_found.TryGetValue(id, out var known))
        {
            return known;
        }

        var root = PlaceIds.IsValid(id) ? options.Value.Roots.FirstOrDefault(r => Continues(id, r)) : null;
        if (root is null)
        {
            throw DomainRuleException.NotFound("place", id);
        }

        var place = await Root(root);
        while (place.Id != id)
        {
            place = (await Children(place)).FirstOrDefault(child => Continues(id, child.Id)) ?? throw DomainRuleException.NotFound("place", id);
        }

        return place;
    }

    /// <summary>The places from the root down to <paramref name="id"/>, itself last: the breadcrumbs.</summary>
    public async Task<IReadOnlyList<Place>> Path(string id)
    {
        var path = new List<Place> { await Find(id) };
        while (path[0].ParentId is { } parent)
        {
            path.Insert(0, _found[parent]);
        }

        return path;
    }

    public IPlaceFiguresGrain Figures(Place place) => place.Kind switch
    {
        PlaceKind.Compound => grains.GetGrain<ICompoundGrain>(place.Id),
        PlaceKind.Community => grains.GetGrain<ICommunityGrain>(place.Id),
        _ => grains.GetGrain<IRegionGrain>(place.Id),
    };

    public async Task<IPlaceFiguresGrain> Figures(string id) => Figures(await Find(id));

    /// <summary>The reports of the places from the root down to <paramref name="id"/>, for breadcrumbs that name them.</summary>
    public async Task<PlaceReport[]> PathReports(string id) => await Task.WhenAll((await Path(id)).Select(place => Figures(place).GetReport()));

    /// <summary>The places directly below <paramref name="place"/>, in the order its profile lists them; a compound has none.</summary>
    public async Task<IReadOnlyList<Place>> Children(Place place)
    {
        IReadOnlyList<Place> children;
        switch (place.Kind)
        {
            case PlaceKind.Compound:
                return [];
            case PlaceKind.Community:
                var community = await grains.GetGrain<ICommunityGrain>(place.Id).GetProfile();
                children = [.. community.Compounds.Select(id => new Place(id, PlaceKind.Compound, place.Id))];
                break;
            default:
                var region = await grains.GetGrain<IRegionGrain>(place.Id).GetProfile();
                var kind = region.ChildRegionLevel?.ToPlaceKind() ?? PlaceKind.Community;
                children = [.. region.Children.Select(id => new Place(id, kind, place.Id))];
                break;
        }

        foreach (var child in children)
        {
            _found.TryAdd(child.Id, child);
        }

        return children;
    }

    /// <summary>The ids of the compounds at or below <paramref name="id"/>; NotFound for an unknown place.</summary>
    public async Task<IReadOnlyList<string>> CompoundsUnder(string id) => [.. (await Below(await Find(id), PlaceKind.Compound)).Select(p => p.Id)];

    /// <summary>The ids of the communities at or below <paramref name="id"/> (none for a compound).</summary>
    public async Task<IReadOnlyList<string>> CommunitiesUnder(string id) => [.. (await Below(await Find(id), PlaceKind.Community)).Select(p => p.Id)];

    /// <summary>Walks down a level at a time to the places of <paramref name="kind"/>, in the order the profiles list them.</summary>
    private async Task<IReadOnlyList<Place>> Below(Place place, PlaceKind kind)
    {
        IReadOnlyList<Place> level = [place];
        while (level.Any(p => p.Kind != kind && !p.IsCompound))
        {
            var children = await FanOut.Map(level, p => p.Kind == kind ? Task.FromResult<IReadOnlyList<Place>>([p]) : Children(p));
            level = [.. children.SelectMany(c => c)];
        }

        return [.. level.Where(p => p.Kind == kind)];
    }

    private async Task<Place> Root(string id)
    {
        if (!_found.TryGetValue(id, out var root))
        {
            var profile = await grains.GetGrain<IRegionGrain>(id).GetProfile();
            root = _found.GetOrAdd(id, new Place(id, profile.Level.ToPlaceKind(), null));
        }

        return root;
    }

    /// <summary>Whether <paramref name="id"/> is <paramref name="placeId"/> or a place below it.</summary>
    private static bool Continues(string id, string placeId) =>
        id.Length == placeId.Length ? id == placeId : id.Length > placeId.Length && id[placeId.Length] == '.' && id.StartsWith(placeId, StringComparison.Ordinal);
}
