using Orleans.Concurrency;

namespace OrleansGovernance.Abstractions;

/// <summary>Receives a place's new figures each time they change (live dashboards).</summary>
[Alias("governance.IFiguresObserver")]
public interface IFiguresObserver : IGrainObserver
{
    [OneWay, Alias("OnFigures")]
    Task OnFigures(PlaceReport report);
}
