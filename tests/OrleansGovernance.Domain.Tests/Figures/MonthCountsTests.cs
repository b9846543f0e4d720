using System.Text.Json;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Tickets;
using static OrleansGovernance.Domain.Tests.Figures.FiguresScenario;

namespace OrleansGovernance.Domain.Tests.Figures;

/// <summary>The per-month counts and the response clock's overdue count, kept change by change, against a recount.</summary>
public sealed class MonthCountsTests
{
    [Theory]
    [InlineData(20261207)]
    [InlineData(42)]
    public void Months_categories_and_response_overdue_kept_change_by_change_equal_a_recount_at_every_moment(int seed)
    {
        var history = TicketHistory.Generate(new Random(seed), tickets: 60, steps: 700);
        var tally = new TicketTally(history.Start);
        var responseOverdueSeen = 0;
        foreach (var moment in history.Moments)
        {
            foreach (var change in history.ChangesAt(moment))
            {
                tally.Apply(change.TicketId, change.FromVersion, change.ToVersion, change.Before, change.After, moment);
            }

            var counted = Counted(tally, moment);
            var recounted = Recount(history.FactsAt(moment), moment);
            Assert.Equal(recounted.Requests.ResponseOverdue, counted.Requests.ResponseOverdue);
            Assert.Equal(JsonSerializer.Serialize(recounted.Months), JsonSerializer.Serialize(counted.Months));
            responseOverdueSeen = Math.Max(responseOverdueSeen, counted.Requests.ResponseOverdue);
        }

        // The history must have exercised what is compared, or the equality above proves nothing.
        var end = Counted(tally, history.Moments[^1]);
        Assert.True(responseOverdueSeen > 0);
        Assert.True(end.Months.Count > 6);
        Assert.True(end.Months.Values.Sum(m => m.Breached) > 0);
        Assert.Equal(8, end.Months.Values.SelectMany(m => m.Categories.Keys).Distinct().Count());
    }

    [Fact]
    public void The_months_add_up_to_the_all_time_request_counts()
    {
        var history = TicketHistory.Generate(new Random(9), tickets: 80, steps: 900);
        var end = history.Moments[^1];

        var figures = Recount(history.FactsAt(end), end);

        var months = figures.Months.Values;
        Assert.Equal(figures.Requests.Submitted, months.Sum(m => m.Submitted));
        Assert.Equal(figures.Requests.Submitted, months.Sum(m => m.Categories.Values.Sum()));
        Assert.Equal(figures.Requests.AcknowledgedWithinLimit, months.Sum(m => m.AnsweredInTime));
        Assert.Equal(figures.Requests.Breached, months.Sum(m => m.Breached));
        Assert.Equal(figures.Requests.Settled, months.Sum(m => m.Settled));
        Assert.Equal(figures.Satisfaction.Rated, months.Sum(m => m.Ratings.Rated));
    }

    [Fact]
    public void An_unanswered_request_is_overdue_on_the_response_clock_once_its_limit_passes_and_no_longer_once_answered()
    {
        var submitted = new DateTimeOffset(2026, 11, 30, 16, 30, 0, TimeSpan.Zero);
        var ticket = Ticket.Submit("t-1", TestData.Submission(TicketCategory.Noise), ServiceLevelPolicy.Default, TestData.At(submitted));
        var filed = ticket.Facts with { Version = 1 };
        var tally = new TicketTally(submitted);
        tally.Apply(ticket.Id, 0, 1, null, filed, submitted);

        var atLimit = Counted(tally, filed.ResponseDue);
        Assert.Equal(0, atLimit.Requests.ResponseOverdue);

        var late = filed.ResponseDue.AddMinutes(1);
        var past = Counted(tally, late);
        Assert.Equal(1, past.Requests.ResponseOverdue);
        Assert.Equal(1, past.Requests.Breached);
        Assert.Equal(0, past.Requests.Overdue);

        // Filed 00:30 on 1 December in China time: the month is December, though it was still November in UTC.
        Assert.Equal(1, Assert.Single(past.Months, m => m.Key == 202612).Value.Breached);
        Assert.Equal(1, past.Months[202612].Categories[TicketCategory.Noise]);

        ticket.Acknowledge(TestData.At(late));
        tally.Apply(ticket.Id, 1, 2, filed, ticket.Facts with { Version = 2 }, late);

        var answered = Counted(tally, late);
        Assert.Equal(0, answered.Requests.ResponseOverdue);
        Assert.Equal(1, answered.Requests.Breached);
        Assert.Equal(1, answered.Months[202612].Breached);
        Assert.Equal(0, answered.Months[202612].AnsweredInTime);
    }

    private static PlaceFigures Counted(TicketTally tally, DateTimeOffset at) =>
        FiguresCalculator.ForCompound(Hualing(), null, tally, [], 0, at);

    private static PlaceFigures Recount(IEnumerable<TicketFacts> tickets, DateTimeOffset at) =>
        FiguresCalculator.ForCompound(Hualing(), null, tickets, [], 0, at);
}
