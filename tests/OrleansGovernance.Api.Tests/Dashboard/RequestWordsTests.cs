using OrleansGovernance.Api.Dashboard;
using OrleansGovernance.Api.Dashboard.Requests;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Tests.Dashboard;

public sealed class RequestWordsTests
{
    [Theory]
    [InlineData(TicketStatus.Submitted, "待受理")]
    [InlineData(TicketStatus.Acknowledged, "已受理")]
    [InlineData(TicketStatus.Claimed, "已认领")]
    [InlineData(TicketStatus.Escalated, "已提交联席会议")]
    [InlineData(TicketStatus.Settled, "已办结")]
    [InlineData(TicketStatus.Rated, "已评价")]
    public void A_status_reads_as_where_the_request_stands(TicketStatus status, string shown)
    {
        using var chinese = new InChinese();

        Assert.Equal(shown, RequestWords.Status(status));
    }

    [Fact]
    public void Every_status_and_step_has_its_own_Chinese_words()
    {
        using var chinese = new InChinese();

        var statuses = Enum.GetValues<TicketStatus>().Select(RequestWords.Status).ToList();
        var steps = Enum.GetValues<TicketAction>().Select(RequestWords.Step).ToList();

        Assert.Equal(statuses.Count, statuses.Distinct().Count());
        Assert.Equal(steps.Count, steps.Distinct().Count());
        Assert.All(statuses.Concat(steps), word => Assert.DoesNotMatch("[A-Za-z]", word));
    }

    [Theory]
    [InlineData(TicketStatus.Submitted, "acknowledge")]
    [InlineData(TicketStatus.Acknowledged, "claim")]
    [InlineData(TicketStatus.Claimed, "settle")]
    [InlineData(TicketStatus.Escalated, "claim")]
    [InlineData(TicketStatus.Settled, null)]
    public void A_card_offers_the_step_that_moves_its_request_forward(TicketStatus status, string? step) =>
        Assert.Equal(step, DeskStep.Next(status)?.Name);

    [Fact]
    public void Only_settling_requires_its_note() =>
        Assert.Equal(["settle"], DeskStep.All.Where(step => step.NeedsResult).Select(step => step.Name));
}
