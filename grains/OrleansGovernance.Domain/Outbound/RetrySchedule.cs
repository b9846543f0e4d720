namespace OrleansGovernance.Domain.Outbound;

/// <summary>
/// When a message to the outside world (a resident's notice, a webhook) is tried again after failing: the wait doubles
/// from <see cref="First"/> up to <see cref="Longest"/>, and after <see cref="GiveUpAfter"/> of failing it goes to the
/// dead letters for an administrator. The defaults keep a receiver that is down for an hour from missing anything.
/// </summary>
public sealed record RetrySchedule(TimeSpan First, TimeSpan Longest, TimeSpan GiveUpAfter)
{
    public static readonly RetrySchedule Default = new(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromHours(24));

    /// <summary>The wait after the <paramref name="failedAttempts"/>-th failure (1 for the first).</summary>
    public TimeSpan Delay(int failedAttempts)
    {
        Require.Range(failedAttempts, "failed attempts", 1, int.MaxValue);
        var doubled = First.Ticks * Math.Pow(2, Math.Min(failedAttempts - 1, 40));
        return doubled >= Longest.Ticks ? Longest : TimeSpan.FromTicks((long)doubled);
    }

    /// <summary>Whether a message failing since <paramref name="firstFailedAt"/> is given up at <paramref name="now"/>.</summary>
    public bool GivesUp(DateTimeOffset firstFailedAt, DateTimeOffset now) => now - firstFailedAt >= GiveUpAfter;
}
