using System.Globalization;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Bench.Synthetic;

/// <summary>
/// Generates a synthetic country from its shape's seed: the same shape always gives the same places, ids and
/// tickets. Places stream out depth first, each region after the places below it (so its list of children is
/// complete when it comes out, and bottom-up is the order a silo best activates them in); nothing but the current
/// branch is held.
/// </summary>
public sealed class CountryGenerator(CountryShape shape)
{
    public const string Nation = "cn";

    public CountryShape Shape { get; } = shape;

    public IEnumerable<SyntheticPlace> Places()
    {
        var random = new Random(Shape.Seed);
        var tickets = new TicketHistory(random, Shape.HistoryYears);
        var remaining = Shape.Communities;
        var provinces = new List<string>();
        for (var p = 1; remaining > 0; p++)
        {
            var province = Child(Nation, "p", p);
            provinces.Add(province);
            foreach (var place in Regions(province, RegionLevel.Province, Nation, []))
            {
                yield return place;
            }
        }

        yield return Region(Nation, RegionLevel.Nation, null, provinces);

        // One level of regions below `id`, then `id` itself; subdistricts hold the communities.
        IEnumerable<SyntheticPlace> Regions(string id, RegionLevel level, string parent, List<string> children)
        {
            var count = Around(level switch
            {
                RegionLevel.Province => Shape.CitiesPerProvince,
                RegionLevel.City => Shape.DistrictsPerCity,
                RegionLevel.District => Shape.SubdistrictsPerDistrict,
                _ => Shape.CommunitiesPerSubdistrict,
            });
            for (var i = 1; i <= count && remaining > 0; i++)
            {
                if (level == RegionLevel.Subdistrict)
                {
                    remaining--;
                    var community = Child(id, "m", i);
                    children.Add(community);
                    foreach (var place in Community(community, id))
                    {
                        yield return place;
                    }

                    continue;
                }

                var childLevel = level switch
                {
                    RegionLevel.Province => RegionLevel.City,
                    RegionLevel.City => RegionLevel.District,
                    _ => RegionLevel.Subdistrict,
                };
                var child = Child(id, childLevel.ToString()[0..1].ToLowerInvariant(), i);
                children.Add(child);
                foreach (var place in Regions(child, childLevel, id, []))
                {
                    yield return place;
                }
            }

            yield return Region(id, level, parent, children);
        }

        IEnumerable<SyntheticPlace> Community(string id, string subdistrict)
        {
            var city = string.Join('.', id.Split('.')[..3]);
            var compounds = new List<string>();
            var count = Around(Shape.CompoundsPerCommunity);
            for (var i = 1; i <= count; i++)
            {
                var compound = Compound(Child(id, "x", i), id, city);
                compounds.Add(compound.Id);
                yield return new SyntheticCompound(compound, tickets.For(compound.Id, TicketCount()));
            }

            yield return new SyntheticCommunity(new CommunityProfile
            {
                Id = id, Name = Name("Community", id), NameZh = "社区" + Last(id), RegionId = subdistrict, Compounds = compounds, Synthetic = true,
            });
        }

        CompoundProfile Compound(string id, string community, string city) => new()
        {
            Id = id,
            Name = Name("Compound", id),
            NameZh = "小区" + Last(id),
            CommunityId = community,
            Households = random.Next(200, 2001),
            OwnersCommittee = random.NextDouble() < OwnersCommitteeShare ? Committee() : null,
            PropertyService = random.NextDouble() < 0.9
                ? new PropertyService($"{city}.company-{random.Next(1, CompaniesPerCity + 1):D2}", "Property company")
                : null,
            Synthetic = true,
        };

        OwnersCommittee Committee()
        {
            var members = Enumerable.Range(0, random.Next(5, 10))
                .Select(m => new CommitteeMember($"Member {m + 1}", random.NextDouble() < 0.2, m == 0 ? CommitteeRole.Chair : CommitteeRole.Member))
                .ToList();
            return new OwnersCommittee(members);
        }

        int Around(int mean) => random.Next(mean - mean / 2, mean + mean / 2 + 1);

        int TicketCount() => (int)(random.NextDouble() * ((2 * Shape.TicketsPerCompound) + 1));
    }

    /// <summary>Xinglin: 35 of its 97 compounds have an owners' committee.</summary>
    private const double OwnersCommitteeShare = 35.0 / 97;

    /// <summary>Property companies a city's compounds are shared among (Xinglin's instructors link 37).</summary>
    private const int CompaniesPerCity = 40;

    private static SyntheticRegion Region(string id, RegionLevel level, string? parent, List<string> children) => new(new RegionProfile
    {
        Id = id, Name = Name(level.ToString(), id), NameZh = ChineseName(level) + Last(id), Level = level, ParentId = parent, Children = children,
    });

    private static string Child(string parent, string prefix, int ordinal) =>
        $"{parent}.{prefix}{ordinal.ToString("D2", CultureInfo.InvariantCulture)}";

    private static string Last(string id) => id[(id.LastIndexOf('.') + 1)..];

    private static string Name(string kind, string id) => $"{kind} {id}";

    private static string ChineseName(RegionLevel level) => level switch
    {
        RegionLevel.Nation => "全国",
        RegionLevel.Province => "省",
        RegionLevel.City => "市",
        RegionLevel.District => "区",
        _ => "街道",
    };
}
