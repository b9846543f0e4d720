using OrleansGovernance.Bench.Synthetic;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Integration.Tests;

/// <summary>The benchmarks' synthetic country: reproducible from its seed, shaped as configured, and in valid states.</summary>
public sealed class SyntheticCountryTests
{
    [Fact]
    public void The_same_seed_gives_the_same_country_and_another_seed_a_different_one()
    {
        var once = Fingerprint(CountryShape.Scaled(0.001, seed: 3, ticketsPerCompound: 2));
        var again = Fingerprint(CountryShape.Scaled(0.001, seed: 3, ticketsPerCompound: 2));
        var other = Fingerprint(CountryShape.Scaled(0.001, seed: 4, ticketsPerCompound: 2));

        Assert.Equal(once, again);
        Assert.NotEqual(once, other);
    }

    [Fact]
    public void The_country_has_exactly_the_configured_communities_and_compounds_and_tickets_around_their_means()
    {
        var shape = CountryShape.Scaled(0.01, seed: 1, ticketsPerCompound: 3);
        var totals = new CountryTotals();
        foreach (var place in new CountryGenerator(shape).Places())
        {
            totals.Count(place);
        }

        Assert.Equal(1_200, totals.Communities);
        Assert.InRange(totals.Compounds, 1_200 * 4.5, 1_200 * 5.5);
        Assert.InRange(totals.Tickets / (double)totals.Compounds, 2.7, 3.3);
        Assert.Equal(1, totals.Regions[RegionLevel.Nation]);
        Assert.InRange(totals.Regions[RegionLevel.Subdistrict], 1_200 / 13 * 0.8, 1_200 / 13 * 1.2);
        Assert.All(Enum.GetValues<TicketStatus>(), status => Assert.True(totals.Status(status) > 0, $"no {status} ticket"));
    }

    [Fact]
    public void Every_place_names_children_that_came_before_it_and_its_tickets_are_its_own_and_valid()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var place in new CountryGenerator(CountryShape.Scaled(0.001, seed: 2, ticketsPerCompound: 4)).Places())
        {
            switch (place)
            {
                case SyntheticRegion region:
                    region.Profile.Validate();
                    Assert.NotEmpty(region.Profile.Children);
                    Assert.All(region.Profile.Children, child => Assert.Contains(child, seen));
                    break;
                case SyntheticCommunity community:
                    community.Profile.Validate();
                    Assert.All(community.Profile.Compounds, compound => Assert.Contains(compound, seen));
                    break;
                case SyntheticCompound compound:
                    compound.Profile.Validate();
                    Assert.All(compound.Tickets, ticket =>
                    {
                        Assert.Equal(compound.Id, ticket.CompoundId);
                        Assert.True(TicketIds.IsWellFormed(ticket.Id), ticket.Id);
                        Assert.True(ticket.LastChangedAt < CountryShape.Anchor);
                        Assert.Equal(ticket.Status == TicketStatus.Rated, ticket.Rating is not null);
                    });
                    break;
            }

            Assert.True(seen.Add(place.Id), $"{place.Id} came twice");
        }

        Assert.Contains(CountryGenerator.Nation, seen);
    }

    private static List<string> Fingerprint(CountryShape shape) =>
        [.. new CountryGenerator(shape).Places().Select(place => place is SyntheticCompound compound
            ? $"{compound.Id} {compound.Profile.Households} " + string.Join(',', compound.Tickets.Select(t => $"{t.Id}:{t.Status}:{t.Rating}"))
            : place.Id)];
}
