using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Domain.Notices;

/// <summary>A notice on its way: how often it failed, since when, and when it is tried next (see <see cref="RetrySchedule"/>).</summary>
[GenerateSerializer, Immutable, Alias("governance.notice-delivery")]
public sealed record NoticeDelivery(
    [property: Id(0)] ResidentNotice Notice,
    [property: Id(1)] DateTimeOffset NextAttemptAt,
    [property: Id(2)] int FailedAttempts = 0,
    [property: Id(3)] DateTimeOffset? FirstFailedAt = null,
    [property: Id(4)] string? LastFailure = null)
{
    /// <summary>After a failure at <paramref name="now"/>: tried again later, or null when the schedule gives it up.</summary>
    public NoticeDelivery? Failed(string reason, DateTimeOffset now, RetrySchedule schedule)
    {
        var since = FirstFailedAt ?? now;
        if (schedule.GivesUp(since, now))
        {
            return null;
        }

        var attempts = FailedAttempts + 1;
        return this with { FailedAttempts = attempts, FirstFailedAt = since, NextAttemptAt = now + schedule.Delay(attempts), LastFailure = reason };
    }

    public bool IsDue(DateTimeOffset now) => NextAttemptAt <= now;
}
