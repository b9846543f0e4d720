using OrleansGovernance.Domain.Notices;

namespace OrleansGovernance.Api.Contracts;

/// <summary>A notice given up: why (the gateway's code, never its text), after how many attempts, and when.</summary>
public sealed record DeadLetterView(NoticeView Notice, int FailedAttempts, string Reason, DateTimeOffset DiedAt)
{
    public static DeadLetterView Of(DeadNotice dead) => new(NoticeView.Of(dead.Notice), dead.FailedAttempts, dead.Reason, dead.DiedAt);
}
