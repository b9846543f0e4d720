using OrleansGovernance.Domain.Tickets;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Tickets;

public sealed class TicketQueryTests
{
    private static readonly TicketQuery All = new([], [], null, null, null, 100);

    private static readonly TicketFacts[] Tickets =
    [
        Facts("t-20230601020000000-aaaaaa", TicketStatus.Submitted, TicketCategory.Noise, T0),
        Facts("t-20230601030000000-bbbbbb", TicketStatus.Settled, TicketCategory.EbikeInLift, T0.AddHours(1)),
        Facts("t-20230601040000000-cccccc", TicketStatus.Claimed, TicketCategory.Noise, T0.AddHours(2)),
        Facts("t-20230601050000000-dddddd", TicketStatus.Rated, TicketCategory.Sanitation, T0.AddHours(3)),
    ];

    [Fact]
    public void Tickets_come_newest_first_up_to_the_number_taken()
    {
        Assert.Equal(["t-20230601050000000-dddddd", "t-20230601040000000-cccccc"], (All with { Take = 2 }).Select(Tickets));
    }

    [Fact]
    public void The_cursor_continues_after_the_last_ticket_of_the_previous_page_and_no_ticket_comes_twice()
    {
        var first = (All with { Take = 3 }).Select(Tickets);
        var second = (All with { Take = 3, Before = first[^1] }).Select(Tickets);

        Assert.Equal(Tickets.Select(t => t.Id).OrderDescending(StringComparer.Ordinal), first.Concat(second));
    }

    [Fact]
    public void Statuses_and_categories_each_match_any_of_those_named()
    {
        var query = All with { Statuses = [TicketStatus.Submitted, TicketStatus.Claimed, TicketStatus.Rated], Categories = [TicketCategory.Noise] };

        Assert.Equal(["t-20230601040000000-cccccc", "t-20230601020000000-aaaaaa"], query.Select(Tickets));
    }

    [Fact]
    public void The_filing_window_includes_its_start_and_excludes_its_end()
    {
        var query = All with { From = T0.AddHours(1), To = T0.AddHours(3) };

        Assert.Equal(["t-20230601040000000-cccccc", "t-20230601030000000-bbbbbb"], query.Select(Tickets));
    }

    [Fact]
    public void A_query_that_takes_nothing_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => (All with { Take = 0 }).Select(Tickets));

        Assert.Equal(RuleViolation.InvalidInput, refused.Violation);
    }

    private static TicketFacts Facts(string id, TicketStatus status, TicketCategory category, DateTimeOffset submittedAt) =>
        new(id, 1, category, status, submittedAt, submittedAt.AddMinutes(5), submittedAt.AddDays(7), null, null, null, null, null, 0);
}
