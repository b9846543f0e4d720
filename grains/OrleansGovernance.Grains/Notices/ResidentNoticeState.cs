using OrleansGovernance.Domain.Notices;

namespace OrleansGovernance.Grains.Notices;

/// <summary>
/// What a compound's notice grain persists: the notices on their way, in the order their changes were stored, and, per
/// request, the last stored version already turned into notices (a change delivered again is dropped by it).
/// </summary>
[GenerateSerializer, Alias("governance.resident-notice-state")]
public sealed class ResidentNoticeState
{
    [Id(0)] public List<NoticeDelivery> Pending { get; set; } = [];

    [Id(1)] public Dictionary<string, ToldVersion> Told { get; set; } = [];
}

/// <summary>The stored version of a request last turned into notices, and when, so the record can be let go.</summary>
[GenerateSerializer, Immutable, Alias("governance.told-version")]
public sealed record ToldVersion([property: Id(0)] int Version, [property: Id(1)] DateTimeOffset At);
