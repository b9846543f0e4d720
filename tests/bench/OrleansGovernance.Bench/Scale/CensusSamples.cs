using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench.Scale;

/// <summary>Activation counts per silo, taken every half second while the scenario runs, each labelled with its phase.</summary>
internal sealed class CensusSamples(ActivationCensus census, ScalePhases phases, IReadOnlyList<SiloSettings> silos)
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(500);

    private readonly List<Sample> _samples = [];

    public async Task Run(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await Take();
            await Task.Delay(Every, CancellationToken.None);
        }

        await Take();
    }

    /// <summary>
    /// Waits until new activations are spread onto the silos at <paramref name="joined"/>: of the activations added
    /// since the wait began (at least one per silo), each of those silos received at least half an even share.
    /// Existing activations stay where they are (no activation rebalancer); placement puts new ones on the new silos.
    /// Returns the wait and the share of the added activations the joined silos received, or null on timeout.
    /// </summary>
    public async Task<(TimeSpan After, double Share)?> UntilSpread(IReadOnlyList<int> joined, TimeSpan timeout)
    {
        var started = phases.Clock.Elapsed;
        var before = Latest(s => s.At <= started) ?? new Sample("", started, new Dictionary<int, int>());
        while (phases.Clock.Elapsed - started < timeout)
        {
            await Task.Delay(Every);
            if (Latest(s => s.At > started) is not { } now)
            {
                continue;
            }

            var added = now.Total - before.Total;
            var gained = joined.Select(port => now.Counts.GetValueOrDefault(port) - before.Counts.GetValueOrDefault(port)).ToList();
            if (added >= silos.Count && gained.All(g => g >= added / (2.0 * silos.Count)))
            {
                return (now.At - started, (double)gained.Sum() / added);
            }
        }

        return null;
    }

    /// <summary>The last counts taken in each phase, by phase name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<int, int>> LastByPhase()
    {
        lock (_samples)
        {
            return _samples.GroupBy(s => s.Phase).ToDictionary(g => g.Key, g => g.Last().Counts);
        }
    }

    private async Task Take()
    {
        var phase = phases.Current.Name;
        if (await census.CountsBySilo() is { } counts)
        {
            lock (_samples)
            {
                _samples.Add(new Sample(phase, phases.Clock.Elapsed, counts));
            }
        }
    }

    private Sample? Latest(Func<Sample, bool> where)
    {
        lock (_samples)
        {
            return _samples.LastOrDefault(where);
        }
    }

    private sealed record Sample(string Phase, TimeSpan At, IReadOnlyDictionary<int, int> Counts)
    {
        public int Total => Counts.Values.Sum();
    }
}
