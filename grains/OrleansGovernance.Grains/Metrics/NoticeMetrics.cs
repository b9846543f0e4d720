using System.Diagnostics.Metrics;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Notices;

namespace OrleansGovernance.Grains.Metrics;

/// <summary>
/// Resident notices by channel: sent (through a gateway, or kept in the local outbox), failed attempts (tried
/// again), dead letters, and skipped (opted out). Dead letters and a rising failure rate are what to watch.
/// </summary>
public sealed class NoticeMetrics
{
    private readonly Counter<long> _sent;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _dead;
    private readonly Counter<long> _skipped;

    public NoticeMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(GovernanceMeter.Name);
        _sent = meter.CreateCounter<long>("governance.notices.sent", "{notice}", "Notices delivered, by channel and by where to (gateway or local outbox).");
        _failed = meter.CreateCounter<long>("governance.notices.failed", "{attempt}", "Notice attempts that failed and will be tried again, by channel.");
        _dead = meter.CreateCounter<long>("governance.notices.dead", "{notice}", "Notices given up into the dead letters, by channel.");
        _skipped = meter.CreateCounter<long>("governance.notices.skipped", "{notice}", "Notices not sent because the resident opted out, by channel.");
    }

    public void Sent(NoticeChannel channel, bool locally) =>
        _sent.Add(1, Channel(channel), new KeyValuePair<string, object?>("to", locally ? "local-outbox" : "gateway"));

    public void Failed(NoticeChannel channel) => _failed.Add(1, Channel(channel));

    public void Dead(NoticeChannel channel) => _dead.Add(1, Channel(channel));

    public void Skipped(NoticeChannel channel) => _skipped.Add(1, Channel(channel));

    private static KeyValuePair<string, object?> Channel(NoticeChannel channel) => new("channel", channel.ToString().ToLowerInvariant());
}
