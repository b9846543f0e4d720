using Microsoft.Extensions.Logging;
using Orleans.Utilities;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Grains.Metrics;

namespace OrleansGovernance.Grains;

/// <summary>
/// The part every place grain shares: it holds the place's current figures as a versioned snapshot, recomputes
/// them a moment after a change (coalescing bursts), sends the snapshot to the parent and to live observers, and
/// re-sends it at intervals so time-dependent figures move on and a parent that missed a message heals.
/// </summary>
internal sealed class FiguresPublication
{
    private readonly IGrainBase _grain;
    private readonly Func<DateTimeOffset, PlaceReport> _compute;
    private readonly Func<ChildFigures, Task> _sendToParent;
    private readonly FiguresOptions _options;
    private readonly TimeProvider _clock;
    private readonly ObserverManager<IFiguresObserver> _observers;
    private readonly FiguresMetrics _metrics;
    private readonly string _level;
    private IGrainTimer? _pending;
    private bool _publicationDue;
    private IGrainTimer? _republish;

    // The oldest change (with a known time) that no publication has carried yet: the next one records its lag.
    private DateTimeOffset? _oldestUnpublished;

    public FiguresPublication(
        IGrainBase grain,
        Func<DateTimeOffset, PlaceReport> compute,
        Func<ChildFigures, Task> sendToParent,
        FiguresOptions options,
        TimeProvider clock,
        ILogger log,
        FiguresMetrics metrics,
        string level)
    {
        _grain = grain;
        _compute = compute;
        _sendToParent = sendToParent;
        _options = options;
        _clock = clock;
        _observers = new ObserverManager<IFiguresObserver>(IPlaceFiguresGrain.SubscriptionLifetime, log);
        _metrics = metrics;
        _level = level;
    }

    public PlaceReport? Current { get; private set; }

    /// <summary>Computes the first snapshot and starts the timers; the first snapshot goes to the parent at once.</summary>
    public async Task Start()
    {
        StartTimers();
        await Publish();
    }

    /// <summary>
    /// For a parent: starts the timers and pulls the children's snapshots now and every <paramref name="pullInterval"/>,
    /// publishing once the first pull has answered. The first pull runs beside the activation, not inside it: awaited
    /// there, a parent's activation waited for its whole subtree to activate (the city's for every compound), past the
    /// call timeout when a cluster restarts under load. Until it answers, reads see what children pushed meanwhile.
    /// </summary>
    public void StartWithChildren(Func<Task<bool>> pullChildren, TimeSpan pullInterval)
    {
        StartTimers();
        var pulled = false;
        _grain.RegisterGrainTimer(async () =>
        {
            if (await pullChildren() || !pulled)
            {
                pulled = true;
                Changed();
            }
        }, new GrainTimerCreationOptions(TimeSpan.Zero, pullInterval) { Interleave = true });
    }

    /// <summary>
    /// Something below changed: publish a new snapshot shortly (one publication for a burst of changes). The first
    /// change of a burst sets the time; later ones ride along rather than pushing it back, so a steady stream of
    /// changes cannot hold the figures back, and a busy place does not re-arm its timer on every event.
    /// </summary>
    public void Changed()
    {
        if (_pending is null || _publicationDue)
        {
            return;
        }

        _publicationDue = true;
        _pending.Change(_options.PublishDelay, Timeout.InfiniteTimeSpan);
    }

    /// <summary>As <see cref="Changed()"/>, for a change made at <paramref name="at"/>: the next publication records its lag.</summary>
    public void Changed(DateTimeOffset at)
    {
        if (_oldestUnpublished is null || at < _oldestUnpublished)
        {
            _oldestUnpublished = at;
        }

        Changed();
    }

    public PlaceReport Report() => Current ?? Recompute();

    public ChildFigures Snapshot()
    {
        var report = Report();
        return new ChildFigures(report.Id, report.Figures.Version, report.Figures);
    }

    private void StartTimers()
    {
        _pending = _grain.RegisterGrainTimer(Publish, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        _republish = _grain.RegisterGrainTimer(Publish, new GrainTimerCreationOptions(_options.RepublishInterval, _options.RepublishInterval));
    }

    public void Subscribe(IFiguresObserver observer) => _observers.Subscribe(observer, observer);

    public void Unsubscribe(IFiguresObserver observer) => _observers.Unsubscribe(observer);

    public void Stop()
    {
        _pending?.Dispose();
        _republish?.Dispose();
    }

    private async Task Publish()
    {
        _publicationDue = false;
        var report = Recompute();
        if (_oldestUnpublished is { } changedAt)
        {
            _oldestUnpublished = null;
            _metrics.Published(_level, report.Figures.AsOf - changedAt);
        }

        await _sendToParent(new ChildFigures(report.Id, report.Figures.Version, report.Figures));
        await _observers.Notify(observer => observer.OnFigures(report));
    }

    private PlaceReport Recompute()
    {
        var now = _clock.GetUtcNow();
        var report = _compute(now);
        report.Figures.AsOf = now;
        report.Figures.Version = GrainStreams.NextVersion(Current?.Figures.Version ?? 0, _clock);
        Current = report;
        return report;
    }
}
