using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Grains;
using OrleansGovernance.Persistence.Tests.Facts;

namespace OrleansGovernance.Persistence.Tests.CarryOver;

/// <summary>A database written by main at 259bdda opens with today's migrations, and what it counts is what that code showed.</summary>
public sealed class CarriedOverFiguresTests
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";

    [Theory]
    [InlineData("xiamen")]
    [InlineData("xiamen.jimei.xinglin")]
    [InlineData(Fangzhi)]
    [InlineData(Fangzhi + ".hualing-garden")]
    public async Task Figures_counted_from_what_the_facts_source_reads_equal_those_main_at_259bdda_showed(string placeId)
    {
        var recorded = DatabaseOfMain259bdda.Summary(placeId);
        await using var store = await SqliteCompoundFactsStore.Create(DatabaseOfMain259bdda.UnpackTo, DatabaseOfMain259bdda.ServiceId);
        var compounds = (await store.States<CompoundState>("compound"))
            .Select(state => state.Profile)
            .Where(profile => profile.Id == placeId || profile.Id.StartsWith(placeId + ".", StringComparison.Ordinal))
            .ToList();

        var now = DatabaseOfMain259bdda.AsOf(recorded);
        var figures = new List<PlaceFigures>();
        foreach (var compound in compounds)
        {
            var tickets = new List<TicketFacts>();
            var snapshot = await store.Source.Read(compound.Id, (facts, _) => tickets.Add(facts), CancellationToken.None);
            figures.Add(FiguresCalculator.ForCompound(compound, null, tickets, snapshot.Plans.Select(plan => plan.Facts), 0, now));
        }

        Assert.NotEmpty(compounds);
        Assert.Equal(ClockFreeFigures.Of(recorded).ToJsonString(), ClockFreeFigures.Of(PlaceFigures.Sum(figures, now)).ToJsonString());
    }
}
