namespace OrleansGovernance.Domain.Notices;

/// <summary>A notice kept in the local outbox (本地发件箱) where no gateway serves its channel, for an administrator to read.</summary>
[GenerateSerializer, Immutable, Alias("governance.outbox-entry")]
public sealed record OutboxEntry(
    [property: Id(0)] ResidentNotice Notice,
    [property: Id(1)] DateTimeOffset At);
