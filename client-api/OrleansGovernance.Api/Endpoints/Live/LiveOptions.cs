using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Api.Endpoints.Live;

/// <summary>Configuration section "Api:Live": how live figure feeds keep their connections and subscriptions.</summary>
public sealed class LiveOptions
{
    public const string Section = "Api:Live";

    /// <summary>After this long without an event a comment line is sent, so proxies do not close an idle connection.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How often a feed renews its subscription: a quarter of its lifetime, so two renewals may fail before it
    /// lapses, and a place re-activated after a lost silo hears of the feed again soon.
    /// </summary>
    public TimeSpan RenewInterval { get; set; } = IPlaceFiguresGrain.SubscriptionLifetime / 4;

    /// <summary>Snapshots a connection may fall behind by; older ones are dropped, as each event is a full snapshot.</summary>
    public int Buffer { get; set; } = 4;

    /// <summary>Feeds one client (a signed-in subject, else an address) may hold open at once; the next is answered 429.</summary>
    public int MaxFeedsPerClient { get; set; } = 8;
}
