using OrleansGovernance.Api.Dashboard.Requests;

namespace OrleansGovernance.Api.Tests.Dashboard;

public sealed class NewArrivalsTests
{
    [Fact]
    public void What_the_desk_found_when_it_opened_is_not_new_what_came_later_is_until_seen()
    {
        var arrivals = new NewArrivals();
        Assert.Equal(0, arrivals.Read(["t-1", "t-2"]));

        Assert.Equal(2, arrivals.Read(["t-1", "t-2", "t-3", "t-4"]));

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
        arrivals.Read(["t-1"]);
        arrivals.Read(["t-1", "t-2"]);

        Assert.Equal(0, arrivals.Read(["t-1", "t-2"]));

        Assert.Equal(1, arrivals.Unseen);
        Assert.True(arrivals.IsNew("t-2"));
    }

    [Fact]
    public void An_arrival_that_left_the_queue_unseen_no_longer_counts_nor_does_it_come_back_as_new()
    {
        var arrivals = new NewArrivals();
        arrivals.Read(["t-1"]);
        arrivals.Read(["t-1", "t-2"]);

        arrivals.Read(["t-1"]);
        Assert.Equal(0, arrivals.Unseen);
        arrivals.Read(["t-1", "t-2"]);

        Assert.Equal(0, arrivals.Unseen);
    }

    [Fact]
    public void Marking_all_seen_clears_the_count_and_another_place_starts_afresh()
    {
        var arrivals = new NewArrivals();
        arrivals.Read(["t-1"]);
        arrivals.Read(["t-1", "t-2", "t-3"]);
        arrivals.SeenAll();
        Assert.Equal(0, arrivals.Unseen);

        arrivals.Restart();

        Assert.Equal(0, arrivals.Read(["t-9"]));
        Assert.Equal(1, arrivals.Read(["t-9", "t-10"]));
    }
}
