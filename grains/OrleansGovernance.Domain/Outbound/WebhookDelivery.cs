namespace OrleansGovernance.Domain.Outbound;

/// <summary>One event on its way to one endpoint, with what its attempts met. Its body is fixed when it is queued, so every attempt sends the same bytes.</summary>
[GenerateSerializer, Alias("governance.webhook-delivery")]
public sealed class WebhookDelivery
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string EndpointId { get; set; } = "";
    [Id(2)] public string TicketId { get; set; } = "";
    [Id(3)] public string Event { get; set; } = "";
    [Id(4)] public string Body { get; set; } = "";
    [Id(5)] public DateTimeOffset OccurredAt { get; set; }
    [Id(6)] public DateTimeOffset QueuedAt { get; set; }
    [Id(7)] public DeliveryState State { get; set; }
    [Id(8)] public int Attempts { get; set; }
    [Id(9)] public DateTimeOffset? FirstFailedAt { get; set; }
    [Id(10)] public DateTimeOffset? LastAttemptAt { get; set; }
    [Id(11)] public DateTimeOffset NextAttemptAt { get; set; }
    [Id(12)] public int? LastStatusCode { get; set; }
    [Id(13)] public string? LastError { get; set; }
    [Id(14)] public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Counts an attempt: a 2xx answer delivers it; anything else waits as <paramref name="schedule"/> says, or, after its last wait, goes to the dead letters.</summary>
    public DeliveryState Record(DeliveryAttempt attempt, DateTimeOffset now, RetrySchedule schedule)
    {
        Attempts++;
        LastAttemptAt = now;
        LastStatusCode = attempt.StatusCode;
        LastError = attempt.Error;
        if (attempt.Succeeded)
        {
            DeliveredAt = now;
            return State = DeliveryState.Delivered;
        }

        FirstFailedAt ??= now;
        if (schedule.GivesUp(FirstFailedAt.Value, now))
        {
            return State = DeliveryState.Dead;
        }

        NextAttemptAt = now + schedule.Delay(Attempts);
        return State = DeliveryState.Pending;
    }

    /// <summary>A dead letter an administrator sends again: tried at once, with a fresh schedule.</summary>
    public void Revive(DateTimeOffset now)
    {
        State = DeliveryState.Pending;
        Attempts = 0;
        FirstFailedAt = null;
        NextAttemptAt = now;
    }
}

public enum DeliveryState
{
    Pending,
    Delivered,
    Dead,
}

/// <summary>What one attempt met: the receiver's status code, or why there was none (timeout, connection, …).</summary>
public sealed record DeliveryAttempt(int? StatusCode, string? Error)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
