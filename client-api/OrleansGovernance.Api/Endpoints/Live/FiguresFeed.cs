using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Api.Endpoints.Live;

/// <summary>
/// One live connection's subscription to a place's figures. The place pushes each new version to this observer (no
/// polling); the newest few wait here for the connection to send them, and when a slow client falls behind the
/// oldest are dropped, which loses nothing because every snapshot is complete.
/// </summary>
internal sealed class FiguresFeed : IFiguresObserver, IAsyncDisposable
{
    private readonly IGrainFactory _grains;
    private readonly IPlaceFiguresGrain _place;
    private readonly LiveMetrics _metrics;
    private readonly ILogger _log;
    private readonly Channel<PlaceReport> _reports;
    private readonly IFiguresObserver _reference;
    private readonly CancellationTokenSource _closing = new();
    private Task _renewals = Task.CompletedTask;

    private FiguresFeed(IGrainFactory grains, IPlaceFiguresGrain place, LiveOptions options, LiveMetrics metrics, ILogger log)
    {
        _grains = grains;
        _place = place;
        _metrics = metrics;
        _log = log;
        _reports = Channel.CreateBounded<PlaceReport>(new BoundedChannelOptions(options.Buffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });

        // The runtime holds the object behind a reference only weakly; the connection holds this feed until it closes.
        _reference = grains.CreateObjectReference<IFiguresObserver>(this);
        _metrics.Opened();
    }

    public ChannelReader<PlaceReport> Reports => _reports.Reader;

    /// <summary>Subscribes and queues the current figures first; an unknown place throws NotFound and leaves nothing open.</summary>
    public static async Task<FiguresFeed> Open(IGrainFactory grains, IPlaceFiguresGrain place, LiveOptions options, LiveMetrics metrics, ILogger log)
    {
        var feed = new FiguresFeed(grains, place, options, metrics, log);
        try
        {
            // Subscribed before the current figures are read, so no change can fall between the two; the stream sends
            // only versions newer than the last it sent, whatever order they arrive in.
            await place.Subscribe(feed._reference);
            await feed.OnFigures(await place.GetReport());
        }
        catch
        {
            await feed.DisposeAsync();
            throw;
        }

        feed._renewals = feed.Renew(options.RenewInterval);
        return feed;
    }

    public Task OnFigures(PlaceReport report)
    {
        _reports.Writer.TryWrite(report);
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        await _renewals;
        try
        {
            await _place.Unsubscribe(_reference);
        }
        catch (Exception failure)
        {
            _log.LogInformation(failure, "Could not unsubscribe a closed live feed from {Place}; the subscription lapses by itself", _place.GetPrimaryKeyString());
        }

        _grains.DeleteObjectReference<IFiguresObserver>(_reference);
        _closing.Dispose();
        _metrics.Closed();
    }

    /// <summary>
    /// Subscribes again before the subscription lapses. A renewal also reaches an activation that replaced one lost
    /// with a silo, which knew nothing of this feed.
    /// </summary>
    private async Task Renew(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_closing.Token))
            {
                try
                {
                    await _place.Subscribe(_reference);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    _log.LogWarning(failure, "Could not renew a live subscription to {Place}; trying again in {Interval}", _place.GetPrimaryKeyString(), interval);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The connection closed.
        }
    }
}
