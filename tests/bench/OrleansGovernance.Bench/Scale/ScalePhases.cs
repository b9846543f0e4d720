using System.Diagnostics;

namespace OrleansGovernance.Bench.Scale;

/// <summary>The scenario's clock and its phases, one after the other; the load records each attempt in the phase it started in.</summary>
public sealed class ScalePhases
{
    private readonly List<PhaseTally> _all = [];
    private PhaseTally? _current;

    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    public IReadOnlyList<PhaseTally> All => _all;

    public PhaseTally Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("no phase has begun");

    public PhaseTally Begin(string name)
    {
        var now = Clock.Elapsed;
        var next = new PhaseTally(name, now);
        if (_current is not null)
        {
            _current.Ended = now;
        }

        _all.Add(next);
        Volatile.Write(ref _current, next);
        return next;
    }

    public void End() => Current.Ended = Clock.Elapsed;
}
