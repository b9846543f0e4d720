using System.Collections.Concurrent;

namespace OrleansGovernance.Bench;

/// <summary>Operations counted over a measured interval, with their latencies; failed ones are counted apart, by kind.</summary>
public sealed class Measured(string name)
{
    private readonly List<double> _latencies = [];
    private readonly ConcurrentDictionary<string, long> _failures = new();
    private long _count;

    public string Name { get; } = name;

    public TimeSpan Elapsed { get; private set; }

    public long Count => _count;

    public double PerSecond => Elapsed == TimeSpan.Zero ? 0 : _count / Elapsed.TotalSeconds;

    /// <summary>Operations of the measured interval that failed, by what they met; not in the count or the latencies.</summary>
    public IReadOnlyDictionary<string, long> Failures => _failures;

    public long FailureCount => _failures.Values.Sum();

    public double Percentile(double p)
    {
        lock (_latencies)
        {
            if (_latencies.Count == 0)
            {
                return 0;
            }

            _latencies.Sort();
            return _latencies[(int)Math.Min(_latencies.Count - 1, Math.Ceiling(p * _latencies.Count) - 1)];
        }
    }

    /// <summary>Runs <paramref name="workers"/> loops of <paramref name="operation"/> for <paramref name="duration"/>, after a warm-up that is not counted.</summary>
    public Task Run(int workers, TimeSpan warmUp, TimeSpan duration, Func<int, long, Task> operation) =>
        Run(workers, warmUp, duration, async (worker, n) =>
        {
            await operation(worker, n);
            return null;
        });

    /// <summary>As above, for an operation that answers null when it succeeded and otherwise the kind of failure it met.</summary>
    public Task Run(int workers, TimeSpan warmUp, TimeSpan duration, Func<int, long, Task<string?>> operation) =>
        Run(workers, warmUp, duration, operation, (_, _) => Task.CompletedTask);

    /// <summary>
    /// As above, but offered at <paramref name="perSecond"/> operations a second across the workers, each on a fixed
    /// schedule from the start: an operation waits for its turn (the wait is not in its latency), and a worker that
    /// falls behind goes on at once until it catches up.
    /// </summary>
    public Task RunAt(double perSecond, int workers, TimeSpan warmUp, TimeSpan duration, Func<int, long, Task<string?>> operation)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        return Run(workers, warmUp, duration, operation, async (worker, n) =>
        {
            var due = TimeSpan.FromSeconds(((n * workers) + worker) / perSecond) - System.Diagnostics.Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }
        });
    }

    private async Task Run(int workers, TimeSpan warmUp, TimeSpan duration, Func<int, long, Task<string?>> operation, Func<int, long, Task> turn)
    {
        var counting = false;
        using var stop = new CancellationTokenSource();
        var loops = Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            for (long n = 0; !stop.IsCancellationRequested; n++)
            {
                await turn(worker, n);
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var failure = await operation(worker, n);
                if (Volatile.Read(ref counting) && failure is not null)
                {
                    _failures.AddOrUpdate(failure, 1, (_, count) => count + 1);
                }
                else if (Volatile.Read(ref counting))
                {
                    Interlocked.Increment(ref _count);
                    var ms = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    lock (_latencies)
                    {
                        _latencies.Add(ms);
                    }
                }
            }
        })).ToList();

        await Task.Delay(warmUp);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Volatile.Write(ref counting, true);
        await Task.Delay(duration);
        Volatile.Write(ref counting, false);
        Elapsed = clock.Elapsed;
        await stop.CancelAsync();
        await Task.WhenAll(loops);
    }
}
