using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Grains;

/// <summary>What regions, communities and compounds share: their figures are served from their own snapshot.</summary>
public abstract class PlaceGrain : Grain, IPlaceFiguresGrain
{
    private protected FiguresPublication? Figures { get; set; }

    private protected PlaceHealing? Healing { get; set; }

    public Task<PlaceReport> GetReport()
    {
        RequireExisting();
        return Task.FromResult(Figures!.Report());
    }

    public Task<ChildFigures> GetSnapshot()
    {
        RequireExisting();
        return Task.FromResult(Figures!.Snapshot());
    }

    public Task Subscribe(IFiguresObserver observer)
    {
        RequireExisting();
        Figures!.Subscribe(observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IFiguresObserver observer)
    {
        Figures?.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Figures?.Stop();
        Healing?.Stop();
        return Task.CompletedTask;
    }

    /// <summary>Throws NotFound (leaving nothing behind) when the place was never created.</summary>
    private protected abstract void RequireExisting();
}
