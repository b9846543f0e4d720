using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Domain.Tests.Outbound;

public sealed class RetryScheduleTests
{
    private static readonly RetrySchedule Schedule = new(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromHours(24));

    [Fact]
    public void The_wait_doubles_from_the_first_and_stops_growing_at_the_longest()
    {
        var waits = Enumerable.Range(1, 9).Select(Schedule.Delay).Select(w => w.TotalSeconds);

        Assert.Equal([5, 10, 20, 40, 80, 160, 300, 300, 300], waits);
        Assert.Equal(TimeSpan.FromMinutes(5), Schedule.Delay(int.MaxValue));
    }

    [Fact]
    public void A_receiver_down_for_an_hour_is_still_tried_after_it_comes_back()
    {
        var firstFailure = new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);
        var tried = firstFailure;
        var attempts = 0;
        while (tried < firstFailure.AddHours(1))
        {
            tried += Schedule.Delay(++attempts);
        }

        Assert.False(Schedule.GivesUp(firstFailure, tried));
        Assert.True(tried - firstFailure <= TimeSpan.FromHours(1) + Schedule.Longest);
    }

    [Fact]
    public void A_message_failing_for_the_whole_give_up_time_goes_to_the_dead_letters()
    {
        var firstFailure = new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

        Assert.False(Schedule.GivesUp(firstFailure, firstFailure.AddHours(24).AddTicks(-1)));
        Assert.True(Schedule.GivesUp(firstFailure, firstFailure.AddHours(24)));
    }

    [Fact]
    public void There_is_no_zeroth_failure()
    {
        Assert.Throws<DomainRuleException>(() => Schedule.Delay(0));
    }
}
