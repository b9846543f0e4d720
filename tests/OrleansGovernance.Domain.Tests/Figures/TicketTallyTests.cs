using System.Text.Json;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Tickets;
using static OrleansGovernance.Domain.Tests.Figures.FiguresScenario;

namespace OrleansGovernance.Domain.Tests.Figures;

public sealed class TicketTallyTests
{
    [Theory]
    [InlineData(20261207)]
    [InlineData(7)]
    [InlineData(1999)]
    public void A_tally_fed_changes_late_repeated_and_out_of_order_equals_a_recount_at_every_moment(int seed)
    {
        var history = TicketHistory.Generate(new Random(seed), tickets: 60, steps: 700);
        var random = new Random(seed + 1);
        var tally = new TicketTally(history.Start);
        var delivered = new List<TicketHistory.Change>();
        foreach (var moment in history.Moments)
        {
            var due = history.ChangesAt(moment).ToList();

            // Changes of different requests arrive in any order, some twice, some again hours later.
            Shuffle(due, random);
            foreach (var change in due)
            {
                Apply(tally, change, moment);
                delivered.Add(change);
                if (random.NextDouble() < 0.1)
                {
                    Apply(tally, change, moment);
                }
            }

            var recent = delivered.Where(c => moment - c.At < TicketTally.RememberChanges).ToList();
            if (recent.Count > 0 && random.NextDouble() < 0.05)
            {
                Apply(tally, recent[random.Next(recent.Count)], moment);
            }

            Assert.Equal(Recount(history.FactsAt(moment), moment), Counted(tally, moment));
        }

        Assert.False(tally.NeedsRebuild);
    }

    [Fact]
    public void A_change_that_arrives_before_the_earlier_change_of_its_request_waits_for_it()
    {
        var history = TicketHistory.Generate(new Random(11), tickets: 5, steps: 80);
        var busiest = history.Changes.GroupBy(c => c.TicketId).MaxBy(g => g.Count())!.ToList();
        var end = history.Moments[^1];
        var tally = new TicketTally(history.Start);
        foreach (var change in history.Changes.Where(c => c.TicketId != busiest[0].TicketId))
        {
            Apply(tally, change, change.At);
        }

        // The request is filed, then its other changes arrive newest first.
        Apply(tally, busiest[0], end);
        foreach (var change in Enumerable.Reverse(busiest.Skip(1).ToList()))
        {
            Apply(tally, change, end);
        }

        Assert.Equal(Recount(history.FactsAt(end), end), Counted(tally, end));
        Assert.False(tally.NeedsRebuild);
    }

    [Fact]
    public void A_tally_rebuilt_from_storage_drops_the_changes_storage_already_holds_and_applies_the_rest()
    {
        var history = TicketHistory.Generate(new Random(5), tickets: 40, steps: 400);
        var middle = history.Moments[history.Moments.Count / 2];
        var end = history.Moments[^1];

        // Storage at the middle holds every change up to it; those of the last few moments are still in the outbox.
        var inFlight = history.Changes.Where(c => c.At <= middle && c.At >= middle - TimeSpan.FromDays(3)).ToList();
        var rebuilt = new TicketTally(middle);
        foreach (var ticket in history.FactsAt(middle))
        {
            rebuilt.Include(ticket);
        }

        foreach (var ticket in inFlight.Select(c => c.TicketId).Distinct())
        {
            rebuilt.CountedAt(ticket, history.FactsAt(middle).Single(t => t.Id == ticket).Version);
        }

        foreach (var change in inFlight.Concat(history.Changes.Where(c => c.At > middle)))
        {
            Apply(rebuilt, change, change.At < middle ? middle : change.At);
        }

        Assert.Equal(Recount(history.FactsAt(end), end), Counted(rebuilt, end));
    }

    [Fact]
    public void A_change_that_never_finds_its_earlier_change_asks_for_a_rebuild()
    {
        var history = TicketHistory.Generate(new Random(3), tickets: 3, steps: 40);
        var ticket = history.Changes.GroupBy(c => c.TicketId).First(g => g.Count() >= 3).ToList();
        var tally = new TicketTally(history.Start);
        Apply(tally, ticket[0], ticket[2].At);
        Apply(tally, ticket[2], ticket[2].At);

        tally.Advance(ticket[2].At + TicketTally.WaitForEarlierChange + TimeSpan.FromSeconds(1));

        Assert.True(tally.NeedsRebuild);
    }

    [Fact]
    public void A_tally_holds_only_the_requests_whose_limits_are_still_ahead()
    {
        var history = TicketHistory.Generate(new Random(17), tickets: 80, steps: 600);
        var end = history.Moments[^1] + TimeSpan.FromDays(60);
        var tally = new TicketTally(history.Start);
        foreach (var change in history.Changes)
        {
            Apply(tally, change, change.At);
        }

        tally.Advance(end);

        Assert.Equal(0, tally.Watched);
        Assert.Null(tally.NextChange());
        Assert.Equal(Recount(history.FactsAt(end), end), Counted(tally, end));
    }

    private static void Apply(TicketTally tally, TicketHistory.Change change, DateTimeOffset now) =>
        tally.Apply(change.TicketId, change.FromVersion, change.ToVersion, change.Before, change.After, now);

    private static string Counted(TicketTally tally, DateTimeOffset at) =>
        JsonSerializer.Serialize(FiguresCalculator.ForCompound(Hualing(), null, tally, [], 0, at));

    private static string Recount(IEnumerable<TicketFacts> tickets, DateTimeOffset at) =>
        JsonSerializer.Serialize(FiguresCalculator.ForCompound(Hualing(), null, tickets, [], 0, at));

    private static void Shuffle<T>(List<T> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
