using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Domain.Tests.Tickets;

public sealed class TicketIdsTests
{
    [Fact]
    public void The_filing_time_is_read_back_from_the_id_to_the_millisecond()
    {
        var at = new DateTimeOffset(2026, 11, 26, 14, 30, 15, 123, TimeSpan.FromHours(8));

        Assert.Equal(at, TicketIds.FiledAt(TicketIds.New(at, new Random(1))));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("t-2026112606301512-k3x9qa")]
    [InlineData("t-20261399063015123-k3x9qa")]
    [InlineData("xiamen.jimei.xinglin")]
    public void An_id_that_is_not_a_ticket_id_has_no_filing_time(string? id) => Assert.Null(TicketIds.FiledAt(id));
}
