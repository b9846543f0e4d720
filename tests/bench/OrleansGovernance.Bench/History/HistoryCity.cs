using OrleansGovernance.Bench.Synthetic;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Bench.History;

/// <summary>
/// The history benchmark's places: a city, district and subdistrict of one community, whose compounds come in groups
/// (one per measured phase, and one to warm the silo up), each compound with a given number of tickets filed over the
/// years before <see cref="CountryShape.Anchor"/>, in the spread of statuses the synthetic country has.
/// </summary>
internal sealed class HistoryCity(HistoryOptions options)
{
    private const string Subdistrict = $"{BenchPlaces.City}.d.s";
    private const string Community = $"{Subdistrict}.c000";

    /// <summary>The compound ids of group <paramref name="name"/>, each with <paramref name="tickets"/> tickets.</summary>
    public static List<string> Group(string name, int tickets, int compounds) =>
        [.. Enumerable.Range(0, compounds).Select(i => $"{Community}.{name}-{tickets}-{i:D3}")];

    /// <summary>Every place, each group's compounds with their tickets first.</summary>
    public IEnumerable<SyntheticPlace> Places(IReadOnlyList<(List<string> Compounds, int Tickets)> groups)
    {
        var history = new TicketHistory(new Random(options.Seed), options.Years);
        foreach (var (compounds, tickets) in groups)
        {
            foreach (var id in compounds)
            {
                yield return new SyntheticCompound(new CompoundProfile { Id = id, Name = id, NameZh = "小区", CommunityId = Community, Households = 1_000 }, history.For(id, tickets));
            }
        }

        yield return new SyntheticCommunity(new CommunityProfile
        {
            Id = Community, Name = Community, NameZh = "社区", RegionId = Subdistrict, Compounds = [.. groups.SelectMany(g => g.Compounds)],
        });
        yield return Region(Subdistrict, RegionLevel.Subdistrict, $"{BenchPlaces.City}.d", Community);
        yield return Region($"{BenchPlaces.City}.d", RegionLevel.District, BenchPlaces.City, Subdistrict);
        yield return Region(BenchPlaces.City, RegionLevel.City, null, $"{BenchPlaces.City}.d");
    }

    private static SyntheticRegion Region(string id, RegionLevel level, string? parent, string child) =>
        new(new RegionProfile { Id = id, Name = id, NameZh = "区域", Level = level, ParentId = parent, Children = [child] });
}
