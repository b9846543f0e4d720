using OrleansGovernance.Domain.Notices;

namespace OrleansGovernance.Api.Contracts;

/// <summary>A message kept in the local outbox: the notice and when it was put there.</summary>
public sealed record OutboxEntryView(NoticeView Notice, DateTimeOffset At)
{
    public static OutboxEntryView Of(OutboxEntry entry) => new(NoticeView.Of(entry.Notice), entry.At);
}
