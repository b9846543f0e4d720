using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Endpoints;

namespace OrleansGovernance.Api.Places;

/// <summary>
/// Lists the compounds under a region with their names and positions (the place tree's walk, then one call per
/// compound profile, several in flight) and keeps the listing for a minute, so resolving an Open311 address
/// costs a dictionary lookup and a new compound is found within a minute. A walk of Xinglin is about 120 calls; a
/// city of ten thousand compounds would be ten thousand calls a minute per API host, which Orleans takes easily.
/// Past that, the better shape is a directory grain that compounds register with when they are defined.
/// </summary>
public sealed class CompoundDirectory(IGrainFactory grains, PlaceTree places, TimeProvider clock)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Listing> _listings = new(StringComparer.Ordinal);

    public Task<CompoundIndex> Under(string regionId)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            // One walk at a time per region: callers arriving while it runs share it; a failed walk is not kept.
            if (_listings.TryGetValue(regionId, out var listing) && listing.Until > now && !listing.Index.IsFaulted && !listing.Index.IsCanceled)
            {
                return listing.Index;
            }

            listing = new Listing(Walk(regionId), now + Freshness);
            _listings[regionId] = listing;
            return listing.Index;
        }
    }

    private async Task<CompoundIndex> Walk(string regionId)
    {
        var compounds = await places.CompoundsUnder(regionId);
        var profiles = await FanOut.Map(compounds, id => grains.GetGrain<ICompoundGrain>(id).GetProfile());
        return new CompoundIndex([.. profiles.Select(p => new CompoundEntry(p.Id, p.Name, p.NameZh, p.Location))]);
    }

    private sealed record Listing(Task<CompoundIndex> Index, DateTimeOffset Until);
}
