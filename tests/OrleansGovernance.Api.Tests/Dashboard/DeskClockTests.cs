using System.Text.Json;
using OrleansGovernance.Api.Dashboard.Requests;
using OrleansGovernance.Domain.Tickets;
using static OrleansGovernance.Api.Tests.Dashboard.DeskTickets;

namespace OrleansGovernance.Api.Tests.Dashboard;

public sealed class DeskClockTests
{
    [Theory]
    [InlineData(272, "剩 4分 32秒")]
    [InlineData(1, "剩 0分 1秒")]
    [InlineData(3600 + 5 * 60 + 59, "剩 1小时 5分")]
    [InlineData(2 * 86400 + 3 * 3600 + 59, "剩 2天 3小时")]
    [InlineData(0, "超时 0分")]
    [InlineData(-12 * 60 - 59, "超时 12分")]
    [InlineData(-(3600 + 60), "超时 1小时 1分")]
    [InlineData(-(86400 + 7200), "超时 1天 2小时")]
    public void Time_left_reads_in_seconds_within_the_last_hour_and_overdue_to_the_minute(int seconds, string shown)
    {
        using var chinese = new InChinese();

        Assert.Equal(shown, DeskClock.Left(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void The_browser_gets_the_words_the_server_writes_the_clock_with()
    {
        using var chinese = new InChinese();

        var words = JsonSerializer.Deserialize<Dictionary<string, string>>(DeskClock.Words());

        Assert.Equal(
            new Dictionary<string, string> { ["left"] = "剩 {0}", ["over"] = "超时 {0}", ["d"] = "天", ["h"] = "小时", ["m"] = "分", ["s"] = "秒" },
            words);
    }

    [Fact]
    public void A_request_not_yet_acknowledged_runs_on_its_response_limit_then_on_its_settle_limit()
    {
        var ticket = Filing("t-1");
        Assert.Equal(new DeskClock(DeskClockKind.Response, Filed + ServiceLevelPolicy.DefaultResponseLimit), DeskClock.Running(ticket));

        ticket.Acknowledged(Filed.AddMinutes(7));

        Assert.Equal(new DeskClock(DeskClockKind.Settle, Filed + ServiceLevelPolicy.DefaultSettleLimit), DeskClock.Running(ticket));
    }

    [Fact]
    public void A_clock_is_past_from_the_moment_its_limit_runs_out()
    {
        var clock = DeskClock.Running(Filing("t-1"))!;

        Assert.False(clock.IsPast(clock.Due.AddSeconds(-1)));
        Assert.True(clock.IsPast(clock.Due));
    }
}
