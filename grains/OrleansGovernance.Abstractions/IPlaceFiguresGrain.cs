namespace OrleansGovernance.Abstractions;

/// <summary>What every place (region, community, compound) offers about its figures.</summary>
[Alias("governance.IPlaceFiguresGrain")]
public interface IPlaceFiguresGrain : IGrainWithStringKey
{
    /// <summary>The place's current figures, from its own state: no fan-out on read.</summary>
    [Alias("GetReport")]
    Task<PlaceReport> GetReport();

    /// <summary>The current snapshot, for a parent that (re)activates and asks its children.</summary>
    [Alias("GetSnapshot")]
    Task<ChildFigures> GetSnapshot();

    /// <summary>
    /// Sends every new version of the figures to <paramref name="observer"/>. Subscriptions expire after
    /// <see cref="SubscriptionLifetime"/>: a live client subscribes again before then.
    /// </summary>
    [Alias("Subscribe")]
    Task Subscribe(IFiguresObserver observer);

    [Alias("Unsubscribe")]
    Task Unsubscribe(IFiguresObserver observer);

    static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(2);
}
