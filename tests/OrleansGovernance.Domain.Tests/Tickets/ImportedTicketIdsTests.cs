using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Domain.Tests.Tickets;

public sealed class ImportedTicketIdsTests
{
    private static readonly DateTimeOffset Filed = new(2023, 10, 12, 8, 30, 15, TimeSpan.FromHours(8));

    [Fact]
    public void The_same_source_id_and_filing_time_give_the_same_well_formed_id_sorted_by_filing_time()
    {
        var id = TicketIds.Imported(Filed, "A001");

        Assert.Equal(id, TicketIds.Imported(Filed, "A001"));
        Assert.True(TicketIds.IsWellFormed(id));
        Assert.Equal(Filed, TicketIds.FiledAt(id));
        Assert.StartsWith("t-20231012003015000-", id, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_source_ids_filed_at_once_get_different_ids()
    {
        var ids = Enumerable.Range(0, 1_000).Select(i => TicketIds.Imported(Filed, $"A{i}")).ToHashSet();

        Assert.Equal(1_000, ids.Count);
    }
}
