using OrleansGovernance.Api.Dashboard.Requests;

namespace OrleansGovernance.Api.Tests.Dashboard;

public sealed class NewArrivalsTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void What_the_desk_found_when_it_opened_is_not_new_what_came_later_is_until_seen()
    {
        var arrivals = new NewArrivals();
        Assert.Equal(0, arrivals.Read(["t-1", "t-2"], At));

        Assert.Equal(2, arrivals.Read(["t-1", "t-2", "t-3", "t-4"], At));

        Assert.Equal(2, arrivals.Unseen);
        Assert.False(arrivals.IsNew("t-1"));
        Assert.True(arrivals.IsNew("t-3"));
        arrivals.Seen("t-3");
        Assert.Equal(1, arrivals.Unseen);
        Assert.False(arrivals.IsNew("t-3"));
    }

    [Fact]
    public void A_new_request_read_again_stays_new_and_counts_once()
    {
        var arrivals = new NewArrivals();
        arrivals.Read(["t-1"], At);
        arrivals.Read(["t-1", "t-2"], At);

        Assert.Equal(0, arrivals.Read(["t-1", "t-2"], At));

        Assert.Equal(1, arrivals.Unseen);
        Assert.True(arrivals.IsNew("t-2"));
    }

    [Fact]
    public void An_arrival_that_left_the_queue_unseen_no_longer_counts_nor_does_it_come_back_as_new()
    {
        var arrivals = new NewArrivals();
        arrivals.Read(["t-1"], At);
        arrivals.Read(["t-1", "t-2"], At);

        arrivals.Read(["t-1"], At);
        Assert.Equal(0, arrivals.Unseen);
        arrivals.Read(["t-1", "t-2"], At);

        Assert.Equal(0, arrivals.Unseen);
    }

    [Fact]
    public void Marking_all_seen_clears_the_count_and_another_place_starts_afresh()
    {
        var arrivals = new NewArrivals();
        arrivals.Read(["t-1"], At);
        arrivals.Read(["t-1", "t-2", "t-3"], At);
        arrivals.SeenAll();
        Assert.Equal(0, arrivals.Unseen);

        arrivals.Restart();

        Assert.Equal(0, arrivals.Read(["t-9"], At));
        Assert.Equal(1, arrivals.Read(["t-9", "t-10"], At));
    }

    [Fact]
    public void An_arrival_flashes_only_in_its_first_seconds()
    {
        var arrivals = new NewArrivals();
        arrivals.Read(["t-1"], At);
        arrivals.Read(["t-1", "t-2"], At);

        Assert.True(arrivals.JustArrived("t-2", At + NewArrivals.Flash - TimeSpan.FromMilliseconds(1)));
        Assert.False(arrivals.JustArrived("t-2", At + NewArrivals.Flash));
        Assert.False(arrivals.JustArrived("t-1", At));
        Assert.True(arrivals.IsNew("t-2"));
    }
}
