using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Endpoints;
using OrleansGovernance.Api.Places;

namespace OrleansGovernance.Api.Dashboard.Charts;

/// <summary>
/// Reads the compounds under a place for the map: a profile (position, outline) and a report (figures) per compound,
/// several in flight. A subdistrict of a hundred compounds is two hundred grain calls, which is why the map asks only
/// after the page's own figures are on screen.
/// </summary>
public static class CompoundMarks
{
    public static async Task<IReadOnlyList<CompoundMark>> Under(IGrainFactory grains, PlaceTree places, string placeId)
    {
        var ids = await places.CompoundsUnder(placeId);
        return await FanOut.Map(ids, async id =>
        {
            var compound = grains.GetGrain<ICompoundGrain>(id);
            var profile = compound.GetProfile();
            var report = compound.GetReport();
            return CompoundMark.Of(await profile, await report);
        });
    }
}
