using System.Diagnostics;
using System.Globalization;
using OrleansGovernance.Api.Imports;

namespace OrleansGovernance.Silo.Commands;

/// <summary>
/// An import's progress on standard error: done of total, percent, rows a second and time left, redrawn in place on a
/// terminal, one line every few seconds when the output goes to a file or a log (a Kubernetes Job).
/// </summary>
internal sealed class ProgressBar(TextWriter error) : IProgress<ImportProgress>
{
    private static readonly TimeSpan LineEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(200);

    private readonly bool _terminal = !Console.IsErrorRedirected;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private string? _phase;
    private TimeSpan _phaseStart;
    private long _phaseFirst;
    private TimeSpan? _shown;
    private bool _open;

    public void Report(ImportProgress value)
    {
        lock (_gate)
        {
            var now = _clock.Elapsed;
            if (value.Phase != _phase)
            {
                Done();
                (_phase, _phaseStart, _phaseFirst) = (value.Phase, now, value.Done);
            }

            var finished = value.Total > 0 && value.Done >= value.Total;
            if (!finished && _shown is { } shown && now - shown < (_terminal ? RedrawEvery : LineEvery))
            {
                return;
            }

            _shown = now;
            var line = Line(value, now - _phaseStart);
            if (_terminal)
            {
                error.Write($"\r{line}\u001b[K");
                _open = true;
            }
            else
            {
                error.WriteLine(line);
            }
        }
    }

    /// <summary>Ends the line being redrawn, so what follows starts on its own.</summary>
    public void Done()
    {
        if (_open)
        {
            error.WriteLine();
            _open = false;
        }
    }

    private string Line(ImportProgress value, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? (value.Done - _phaseFirst) / elapsed.TotalSeconds : 0;
        if (value.Total <= 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{value.Phase,-10} {value.Done,12:N0} rows  {rate,10:N0} rows/s");
        }

        var share = Math.Min(1, (double)value.Done / value.Total);
        var bar = new string('#', (int)(share * 30)).PadRight(30, '.');
        var left = rate > 0 ? TimeSpan.FromSeconds((value.Total - value.Done) / rate) : (TimeSpan?)null;
        return string.Create(CultureInfo.InvariantCulture,
            $"{value.Phase,-10} [{bar}] {value.Done:N0}/{value.Total:N0} {share,6:P1}  {rate,10:N0} rows/s  {(left is { } l ? $"{(int)l.TotalHours}:{l:mm\\:ss}" : "--:--")} left");
    }
}
