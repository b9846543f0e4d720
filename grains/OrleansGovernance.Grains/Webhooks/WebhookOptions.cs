using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Grains.Webhooks;

/// <summary>Configuration section "Webhooks": how deliveries are sent and tried again. See docs/webhooks.md.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>The first wait after a failure; it doubles up to <see cref="LongestWait"/>.</summary>
    public TimeSpan FirstWait { get; set; } = RetrySchedule.Default.First;

    public TimeSpan LongestWait { get; set; } = RetrySchedule.Default.Longest;

    /// <summary>How long a delivery may keep failing before it goes to the dead letters.</summary>
    public TimeSpan GiveUpAfter { get; set; } = RetrySchedule.Default.GiveUpAfter;

    /// <summary>How long one attempt may take, connecting included; a receiver should answer at once and work afterwards.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Accept plain http addresses other than loopback (an intranet without TLS); off by default.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>How long a silo uses the endpoints it read before reading them again: a registration applies within this.</summary>
    public TimeSpan DirectoryRefresh { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the previous secret keeps signing (beside the new one) after a rotation.</summary>
    public TimeSpan SecretGracePeriod { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Deliveries a compound's dispatcher has in flight at once (each to a different request).</summary>
    public int ConcurrentSends { get; set; } = 4;

    public RetrySchedule Schedule => new(FirstWait, LongestWait, GiveUpAfter);
}
