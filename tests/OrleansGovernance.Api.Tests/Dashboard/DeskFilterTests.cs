using OrleansGovernance.Api.Dashboard.Requests;
using OrleansGovernance.Domain.Tickets;
using static OrleansGovernance.Api.Tests.Dashboard.DeskTickets;

namespace OrleansGovernance.Api.Tests.Dashboard;

public sealed class DeskFilterTests
{
    private const string Other = "xiamen.jimei.xinglin.fangzhi.xiaoqu-02";
    private static readonly DateTimeOffset Now = Filed.AddMinutes(10);

    // Filed at 10:00 with 5 minutes to respond: at 10:10 the one not acknowledged is past its limit.
    private static readonly Ticket[] Queue =
    [
        Filing("t-lift", "电梯里有人充电", TicketCategory.EbikeInLift),
        Filing("t-noise", "夜间装修噪音", TicketCategory.Noise, location: "5号楼楼顶").Acknowledged(Filed.AddMinutes(2)),
        Filing("t-rubbish", "Rubbish not collected", TicketCategory.Sanitation, Other, at: Filed.AddMinutes(9)),
    ];

    [Fact]
    public void No_filter_keeps_the_whole_queue_in_its_order() =>
        Assert.Equal(["t-lift", "t-noise", "t-rubbish"], Ids(DeskFilter.None));

    [Theory]
    [InlineData("充电", "t-lift")]
    [InlineData("5号楼", "t-noise")]
    [InlineData("RUBBISH collected", "t-rubbish")]
    [InlineData("t-NOISE", "t-noise")]
    [InlineData("  装修  噪音 ", "t-noise")]
    public void Search_finds_every_word_in_the_description_the_location_or_the_id_in_any_case(string words, string found) =>
        Assert.Equal([found], Ids(DeskFilter.None with { Search = words }));

    [Fact]
    public void Search_for_words_found_in_different_requests_finds_none() =>
        Assert.Empty(Ids(DeskFilter.None with { Search = "充电 噪音" }));

    [Fact]
    public void Statuses_category_and_compound_each_narrow_the_queue()
    {
        Assert.Equal(["t-lift", "t-rubbish"], Ids(DeskFilter.None with { Statuses = new HashSet<TicketStatus> { TicketStatus.Submitted } }));
        Assert.Equal(["t-lift", "t-noise"], Ids(DeskFilter.None with { Statuses = new HashSet<TicketStatus> { TicketStatus.Submitted, TicketStatus.Acknowledged }, CompoundId = Queue[0].CompoundId }));
        Assert.Equal(["t-noise"], Ids(DeskFilter.None with { Category = TicketCategory.Noise }));
        Assert.Equal(["t-rubbish"], Ids(DeskFilter.None with { CompoundId = Other }));
    }

    [Fact]
    public void Overdue_only_keeps_the_requests_past_the_limit_that_runs_now()
    {
        var overdue = DeskFilter.None with { OverdueOnly = true };

        Assert.Equal(["t-lift"], Ids(overdue));
        Assert.False(overdue.IsNone);
        Assert.True(DeskFilter.None.IsNone);
    }

    private static IEnumerable<string> Ids(DeskFilter filter) => filter.Apply(Queue, Now).Select(t => t.Id);
}
