using System.Diagnostics.Tracing;

namespace OrleansGovernance.Bench.Platform;

/// <summary>
/// The runtime's own garbage-collection pauses in this process, from its GC events: each pause lasts from the
/// suspension of managed threads (GCSuspendEEBegin) to their restart (GCRestartEEEnd), background collections'
/// short suspensions included. <see cref="Drain"/> hands over the pauses since the last call.
/// </summary>
internal sealed class GcPauseListener : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const int SuspendBegin = 9;
    private const int RestartEnd = 3;
    private const long GcKeyword = 0x1;

    private readonly List<double> _pauses = [];
    private DateTime? _suspended;
    private TimeSpan _totalAtDrain = GC.GetTotalPauseDuration();

    /// <summary>Pause durations in ms since the last drain, and the runtime's total pause time over the same span.</summary>
    public (List<double> Pauses, double TotalMs) Drain()
    {
        lock (_pauses)
        {
            var pauses = _pauses.ToList();
            _pauses.Clear();
            var total = GC.GetTotalPauseDuration();
            var span = (total - _totalAtDrain).TotalMilliseconds;
            _totalAtDrain = total;
            return (pauses, span);
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSource)
        {
            EnableEvents(eventSource, EventLevel.Informational, (EventKeywords)GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        lock (_pauses)
        {
            switch (eventData.EventId)
            {
                case SuspendBegin:
                    _suspended = eventData.TimeStamp;
                    break;
                case RestartEnd when _suspended is { } began:
                    _pauses.Add((eventData.TimeStamp - began).TotalMilliseconds);
                    _suspended = null;
                    break;
            }
        }
    }
}
