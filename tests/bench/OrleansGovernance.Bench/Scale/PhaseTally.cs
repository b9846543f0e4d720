using System.Collections.Concurrent;

namespace OrleansGovernance.Bench.Scale;

/// <summary>The load's HTTP attempts during one phase of the scenario: how each ended, and how long the answered ones took.</summary>
public sealed class PhaseTally(string name, TimeSpan started)
{
    private readonly ConcurrentDictionary<string, int> _kinds = new();
    private readonly List<double> _okMilliseconds = [];
    private int _replayed;

    public string Name { get; } = name;

    public TimeSpan Started { get; } = started;

    public TimeSpan Ended { get; internal set; }

    public TimeSpan Duration => Ended - Started;

    /// <summary>Attempts by how they ended (see <see cref="Attempt"/>).</summary>
    public IReadOnlyDictionary<string, int> Kinds => _kinds;

    public int Ok => _kinds.GetValueOrDefault(Attempt.Ok);

    /// <summary>Answers that were an Idempotency-Key replay: the retry met the first attempt's recorded answer.</summary>
    public int Replayed => _replayed;

    public IEnumerable<KeyValuePair<string, int>> Unacceptable => _kinds.Where(k => !Attempt.IsAcceptable(k.Key));

    public void Record(string kind) => _kinds.AddOrUpdate(kind, 1, (_, n) => n + 1);

    public void Answered(TimeSpan took, bool replayed)
    {
        Record(Attempt.Ok);
        if (replayed)
        {
            Interlocked.Increment(ref _replayed);
        }

        lock (_okMilliseconds)
        {
            _okMilliseconds.Add(took.TotalMilliseconds);
        }
    }

    public double Percentile(double p)
    {
        lock (_okMilliseconds)
        {
            if (_okMilliseconds.Count == 0)
            {
                return 0;
            }

            _okMilliseconds.Sort();
            return _okMilliseconds[(int)Math.Min(_okMilliseconds.Count - 1, Math.Ceiling(p * _okMilliseconds.Count) - 1)];
        }
    }
}
