using System.Diagnostics.Metrics;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Api.Endpoints.Live;

/// <summary>How many live feeds are open: each holds a subscription at a place grain, so operators watch the number.</summary>
internal sealed class LiveMetrics
{
    private readonly UpDownCounter<int> _open;

    public LiveMetrics(IMeterFactory meters) =>
        _open = meters.Create(GovernanceMeter.Name).CreateUpDownCounter<int>("governance.live.feeds", "{feed}", "Live figure feeds open");

    public void Opened() => _open.Add(1);

    public void Closed() => _open.Add(-1);
}
