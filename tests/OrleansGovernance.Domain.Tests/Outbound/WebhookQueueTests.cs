using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Domain.Tests.Outbound;

public sealed class WebhookQueueTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);
    private static readonly RetrySchedule Schedule = RetrySchedule.Default;
    private static readonly DeliveryAttempt Refused = new(500, "status");
    private static readonly DeliveryAttempt Accepted = new(204, null);

    [Fact]
    public void A_requests_later_event_waits_until_its_earlier_one_is_delivered_while_other_requests_go_ahead()
    {
        var queue = new WebhookQueue();
        queue.Enqueue("t-a", 1, [Delivery("t-a", "filed")]);
        queue.Enqueue("t-a", 2, [Delivery("t-a", "acknowledged")]);
        queue.Enqueue("t-b", 1, [Delivery("t-b", "filed")]);

        var first = queue.Due(T0, 10);
        Assert.Equal(["t-a:filed", "t-b:filed"], first.Select(Name));

        queue.Record(first[0], Refused, T0, Schedule);
        queue.Record(first[1], Accepted, T0, Schedule);
        Assert.Empty(queue.Due(T0.AddSeconds(4), 10));
        Assert.Equal(T0.AddSeconds(5), queue.NextDue());

        var again = queue.Due(T0.AddSeconds(5), 10);
        Assert.Equal(["t-a:filed"], again.Select(Name));
        queue.Record(again[0], Accepted, T0.AddSeconds(5), Schedule);
        Assert.Equal(["t-a:acknowledged"], queue.Due(T0.AddSeconds(5), 10).Select(Name));
    }

    [Fact]
    public void A_change_brought_again_by_the_stream_is_recognised_by_its_version()
    {
        var queue = new WebhookQueue();
        queue.Enqueue("t-a", 3, [Delivery("t-a", "settled")]);

        Assert.True(queue.HasSeen("t-a", 3));
        Assert.True(queue.HasSeen("t-a", 2));
        Assert.False(queue.HasSeen("t-a", 4));
        Assert.False(queue.HasSeen("t-b", 1));
    }

    [Fact]
    public void Only_the_most_recent_changes_are_remembered()
    {
        var queue = new WebhookQueue();
        for (var i = 0; i <= WebhookQueue.SeenKept; i++)
        {
            queue.Enqueue($"t-{i}", 1, []);
        }

        Assert.Equal(WebhookQueue.SeenKept, queue.Seen.Count);
        Assert.False(queue.HasSeen("t-0", 1));
        Assert.True(queue.HasSeen($"t-{WebhookQueue.SeenKept}", 1));
    }

    [Fact]
    public void A_delivery_failing_past_the_schedule_becomes_a_dead_letter_that_can_be_sent_again_or_discarded()
    {
        var queue = new WebhookQueue();
        queue.Enqueue("t-a", 1, [Delivery("t-a", "filed")]);
        var delivery = queue.Due(T0, 1).Single();

        queue.Record(delivery, Refused, T0, Schedule);
        Assert.Equal(DeliveryState.Dead, queue.Record(delivery, new DeliveryAttempt(null, "timeout"), T0 + Schedule.GiveUpAfter, Schedule));
        Assert.Empty(queue.Pending);
        Assert.Null(queue.NextDue());

        var revived = queue.Revive("hook", "t-a:1:filed", T0.AddDays(2));
        Assert.Equal(DeliveryState.Pending, revived!.State);
        Assert.Equal(0, revived.Attempts);
        Assert.Equal(T0.AddDays(2), queue.NextDue());
        Assert.Null(queue.Revive("hook", "t-a:1:filed", T0.AddDays(2)));

        queue.Record(revived, Refused, T0.AddDays(2), Schedule);
        queue.Record(revived, Refused, T0.AddDays(3), Schedule);
        Assert.True(queue.Discard("hook", "t-a:1:filed"));
        Assert.Empty(queue.Dead);
    }

    [Fact]
    public void Delivered_ones_are_kept_to_show_without_their_body_and_only_the_last_few_per_endpoint()
    {
        var queue = new WebhookQueue();
        for (var i = 1; i <= WebhookQueue.DeliveredKept + 5; i++)
        {
            queue.Enqueue($"t-{i}", 1, [Delivery($"t-{i}", "filed")]);
        }

        foreach (var delivery in queue.Due(T0, int.MaxValue))
        {
            queue.Record(delivery, Accepted, T0, Schedule);
        }

        Assert.Equal(WebhookQueue.DeliveredKept, queue.Delivered.Count);
        Assert.Equal("t-6", queue.Delivered[0].TicketId);
        Assert.All(queue.Delivered, d => Assert.Equal("", d.Body));
    }

    [Fact]
    public void Deliveries_for_an_endpoint_that_was_deleted_are_forgotten()
    {
        var queue = new WebhookQueue();
        queue.Enqueue("t-a", 1, [Delivery("t-a", "filed"), Delivery("t-a", "filed", "gone")]);

        Assert.Equal(1, queue.Forget(endpoint => endpoint == "hook"));
        Assert.Equal(["hook"], queue.Pending.Select(d => d.EndpointId));
    }

    private static string Name(WebhookDelivery delivery) => $"{delivery.TicketId}:{delivery.Event}";

    private static WebhookDelivery Delivery(string ticket, string ticketEvent, string endpoint = "hook") => new()
    {
        Id = $"{ticket}:1:{ticketEvent}",
        EndpointId = endpoint,
        TicketId = ticket,
        Event = ticketEvent,
        Body = "{}",
        OccurredAt = T0,
        QueuedAt = T0,
        NextAttemptAt = T0,
    };
}
