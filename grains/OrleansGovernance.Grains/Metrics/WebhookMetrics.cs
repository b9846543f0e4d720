using System.Diagnostics.Metrics;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Grains.Metrics;

/// <summary>
/// Webhook deliveries: attempts by outcome (delivered, failed, dead), how many wait on this silo, and how long a
/// delivered event took from the change to the receiver's answer. Never tagged by endpoint address or request.
/// </summary>
public sealed class WebhookMetrics
{
    private static readonly IReadOnlyList<double> Buckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 14400, 86400];

    private readonly Counter<long> _attempts;
    private readonly UpDownCounter<long> _pending;
    private readonly Histogram<double> _lag;

    public WebhookMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(GovernanceMeter.Name);
        _attempts = meter.CreateCounter<long>("governance.webhooks.attempts", "{attempt}", "Webhook delivery attempts, by outcome: delivered, failed (tried again later), dead (given up).");
        _pending = meter.CreateUpDownCounter<long>("governance.webhooks.pending", "{delivery}", "Webhook deliveries waiting to be delivered, held by this silo's dispatchers.");
        _lag = meter.CreateHistogram(
            "governance.webhooks.lag",
            "s",
            "Time from a request's change to the receiver's 2xx answer for its delivery.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Buckets });
    }

    public void Attempted(DeliveryState outcome, WebhookDelivery delivery, DateTimeOffset now)
    {
        _attempts.Add(1, new KeyValuePair<string, object?>("outcome", outcome switch
        {
            DeliveryState.Delivered => "delivered",
            DeliveryState.Dead => "dead",
            _ => "failed",
        }));
        if (outcome == DeliveryState.Delivered)
        {
            _lag.Record(Math.Max(0, (now - delivery.OccurredAt).TotalSeconds));
        }
    }

    public void Waiting(long change) => _pending.Add(change);
}
