using OrleansGovernance.Domain.Notices;

namespace OrleansGovernance.Grains.Notices;

/// <summary>
/// What the platform's notice desk persists: the notice key it made (when none is configured), the local outbox
/// (newest last, at most <see cref="NoticeOptions.LocalOutboxSize"/>) and the dead letters (oldest first).
/// </summary>
[GenerateSerializer, Alias("governance.notice-desk-state")]
public sealed class NoticeDeskState
{
    /// <summary>Base64; as secret as a token signing key.</summary>
    [Id(0)] public string? Key { get; set; }

    [Id(1)] public List<OutboxEntry> LocalOutbox { get; set; } = [];

    [Id(2)] public List<DeadNotice> DeadLetters { get; set; } = [];
}
