using System.Globalization;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Places;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>
/// Keeps a page subscribed to the figures of the places it shows. The grains push every new version to one observer
/// reference; subscriptions expire after <see cref="IPlaceFiguresGrain.SubscriptionLifetime"/>, so they are renewed
/// at half that, and dropped (with the reference) when the page goes away.
/// </summary>
public sealed class FiguresWatch : IFiguresObserver, IAsyncDisposable
{
    private readonly IGrainFactory _grains;
    private readonly PlaceTree _places;
    private readonly Func<PlaceReport, Task> _onFigures;
    private readonly IFiguresObserver _reference;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewal;
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private IReadOnlyList<string> _watched = [];

    public FiguresWatch(IGrainFactory grains, PlaceTree places, Func<PlaceReport, Task> onFigures)
    {
        _grains = grains;
        _places = places;
        _onFigures = onFigures;
        _reference = grains.CreateObjectReference<IFiguresObserver>(this);
        _renewal = Renew(_stop.Token);
    }

    /// <summary>Watches exactly <paramref name="ids"/> from now on.</summary>
    public async Task Watch(IReadOnlyList<string> ids)
    {
        var dropped = _watched.Except(ids, StringComparer.Ordinal).ToList();
        _watched = ids;
        await Task.WhenAll(dropped.Select(async id => await (await _places.Figures(id)).Unsubscribe(_reference)));
        await Subscribe(ids);
    }

    /// <summary>
    /// Arrives on an Orleans thread, whose culture is not the reader's: the page's language is restored first, so
    /// that whatever the callback renders reads as the rest of the page.
    /// </summary>
    public async Task OnFigures(PlaceReport report)
    {
        // Set inside an async method, so the change ends with it and never leaks into Orleans' own work.
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        await _onFigures(report);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewal;
        try
        {
            await Task.WhenAll(_watched.Select(async id => await (await _places.Figures(id)).Unsubscribe(_reference)));
        }
        finally
        {
            _grains.DeleteObjectReference<IFiguresObserver>(_reference);
            _stop.Dispose();
        }
    }

    private Task Subscribe(IReadOnlyList<string> ids) =>
        Task.WhenAll(ids.Select(async id => await (await _places.Figures(id)).Subscribe(_reference)));

    private async Task Renew(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(IPlaceFiguresGrain.SubscriptionLifetime / 2);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    await Subscribe(_watched);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A place that could not be reached now is tried again at the next tick, well within its lifetime.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
    }
}
