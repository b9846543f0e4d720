using Microsoft.Extensions.Logging;
using Orleans.Utilities;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Grains.Metrics;

namespace OrleansGovernance.Grains;

/// <summary>
/// The part every place grain shares: it publishes the place's figures as a versioned snapshot a moment after a
/// change (coalescing bursts) and at the moment the clock alone moves one of them, to the parent and to live
/// observers. Nothing runs on a period, so an idle place costs no CPU; and a place keeps only what its figures are
/// computed from (its facts, or its children's snapshots), computing them again for a read, so a country's places fit
/// in one silo's memory. A lost message is healed by <see cref="PlaceHealing"/>.
/// </summary>
internal sealed class FiguresPublication
{
    private readonly IGrainBase _grain;
    private readonly Func<DateTimeOffset, PlaceReport> _compute;
    private readonly Func<ChildFigures, Task> _sendToParent;
    private readonly Func<DateTimeOffset, DateTimeOffset?> _nextClockChange;
    private readonly FiguresOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _log;
    private readonly FiguresMetrics _metrics;
    private readonly string _level;
    private bool _started;
    private IGrainTimer? _pending;
    private bool _publicationDue;
    private IGrainTimer? _clockChange;
    private DateTimeOffset? _clockArmedFor;
    private ObserverManager<IFiguresObserver>? _observers;
    private long _version;

    // The oldest change (with a known time) that no publication has carried yet: the next one records its lag.
    private DateTimeOffset? _oldestUnpublished;

    /// <param name="nextClockChange">
    /// When, after the given moment, the clock alone next moves a figure (see <see cref="ClockChanges"/>); null for a
    /// parent, whose figures move only when its children's do.
    /// </param>
    public FiguresPublication(
        IGrainBase grain,
        Func<DateTimeOffset, PlaceReport> compute,
        Func<ChildFigures, Task> sendToParent,
        Func<DateTimeOffset, DateTimeOffset?>? nextClockChange,
        FiguresOptions options,
        TimeProvider clock,
        ILogger log,
        FiguresMetrics metrics,
        string level)
    {
        _grain = grain;
        _compute = compute;
        _sendToParent = sendToParent;
        _nextClockChange = nextClockChange ?? (_ => null);
        _options = options;
        _clock = clock;
        _log = log;
        _metrics = metrics;
        _level = level;
    }

    /// <summary>Computes the first snapshot and sends it to the parent at once.</summary>
    public async Task Start()
    {
        _started = true;
        await Publish();
    }

    /// <summary>
    /// For a parent: pulls the children's snapshots now, publishing once the first pull has answered, and again
    /// whenever <paramref name="healing"/> calls for it. The first pull runs beside the activation, not inside it: awaited
    /// there, a parent's activation would wait for its whole subtree to activate (the city's for every compound), past
    /// the call timeout when a cluster restarts under load. Until it answers, reads see what children pushed meanwhile.
    /// </summary>
    public void StartWithChildren(Func<Task<bool>> pullChildren, PlaceHealing healing)
    {
        _started = true;
        var pulled = false;
        healing.Start(async afresh =>
        {
            if (await pullChildren() || !pulled || afresh)
            {
                pulled = true;
                Changed();
            }
        }, firstNow: true);
    }

    /// <summary>
    /// Something below changed: publish a new snapshot shortly (one publication for a burst of changes). The first
    /// change of a burst sets the time; later ones ride along rather than pushing it back, so a steady stream of
    /// changes cannot hold the figures back, and a busy place does not re-arm its timer on every event.
    /// </summary>
    public void Changed()
    {
        if (!_started || _publicationDue)
        {
            return;
        }

        // Made at the first change: a place that never changes after its first publication holds no timer.
        _publicationDue = true;
        _pending ??= _grain.RegisterGrainTimer(Publish, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
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

    /// <summary>The figures as of now, under the version last published.</summary>
    public PlaceReport Report()
    {
        var now = _clock.GetUtcNow();
        var report = _compute(now);
        report.Figures.AsOf = now;
        report.Figures.Version = _version;
        return report;
    }

    public ChildFigures Snapshot()
    {
        var report = Report();
        return new ChildFigures(report.Id, report.Figures.Version, report.Figures);
    }

    public void Subscribe(IFiguresObserver observer) =>
        (_observers ??= new ObserverManager<IFiguresObserver>(IPlaceFiguresGrain.SubscriptionLifetime, _log)).Subscribe(observer, observer);

    public void Unsubscribe(IFiguresObserver observer) => _observers?.Unsubscribe(observer);

    public void Stop()
    {
        _pending?.Dispose();
        _clockChange?.Dispose();
    }

    private async Task Publish()
    {
        _publicationDue = false;
        _version = NextVersion(_version, _clock);
        var report = Report();
        ScheduleClockChange(report.Figures.AsOf);
        if (_oldestUnpublished is { } changedAt)
        {
            _oldestUnpublished = null;
            _metrics.Published(_level, report.Figures.AsOf - changedAt);
        }

        await _sendToParent(new ChildFigures(report.Id, report.Figures.Version, report.Figures));
        if (_observers is not null)
        {
            await _observers.Notify(observer => observer.OnFigures(report));
        }
    }

    /// <summary>The next snapshot version: rises on every publication and across activations (it follows the clock).</summary>
    private static long NextVersion(long previous, TimeProvider clock) => Math.Max(previous + 1, clock.GetUtcNow().UtcTicks);

    private void ScheduleClockChange(DateTimeOffset now)
    {
        if (_nextClockChange(now) is not { } next)
        {
            return;
        }

        // A timer already set to fire no later than needed is left alone: re-arming a grain timer takes a lock, and a
        // busy place publishes often. One that fires early finds nothing moved and sets itself again.
        if (_clockArmedFor is { } armed && armed > now && armed <= next)
        {
            return;
        }

        // A settle limit is days away; a timer cannot wait past about 49 days, and a day's wait re-checks cheaply.
        var wait = TimeSpan.FromTicks(Math.Clamp((next - now).Ticks, TimeSpan.TicksPerMillisecond, TimeSpan.TicksPerDay));
        _clockArmedFor = now + wait;
        _clockChange ??= _grain.RegisterGrainTimer(ClockChanged, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        _clockChange.Change(wait, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The clock timer fired (perhaps a moment early): it is armed no more, so the publication sets it again.</summary>
    private Task ClockChanged()
    {
        _clockArmedFor = null;
        return Publish();
    }
}
