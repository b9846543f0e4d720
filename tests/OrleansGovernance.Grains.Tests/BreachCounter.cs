using System.Diagnostics.Metrics;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Grains.Tests;

/// <summary>Listens to the platform's breach counter in this process and adds up what is recorded per clock and category.</summary>
internal sealed class BreachCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Dictionary<(string Clock, string Category), long> _counts = [];

    public BreachCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == GovernanceMeter.Name && instrument.Name == "governance.sla.breaches")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? clock = null, category = null;
            foreach (var tag in tags)
            {
                clock = tag.Key == "clock" ? tag.Value as string : clock;
                category = tag.Key == "category" ? tag.Value as string : category;
            }

            lock (_counts)
            {
                _counts[(clock!, category!)] = _counts.GetValueOrDefault((clock!, category!)) + value;
            }
        });
        _listener.Start();
    }

    public long Count(string clock, string category)
    {
        lock (_counts)
        {
            return _counts.GetValueOrDefault((clock, category));
        }
    }

    public void Dispose() => _listener.Dispose();
}
