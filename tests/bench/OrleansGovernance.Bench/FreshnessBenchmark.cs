using System.Diagnostics;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench;

/// <summary>
/// Freshness: from a ticket transition being acknowledged to the city's figures reflecting it, as seen by a live
/// subscriber of the city. Each probe rejects one prepared ticket (the load never rejects), so the city's
/// "rejected" count tells exactly when the probe arrived. Measured idle (the baseline) and then while a background
/// load files tickets, in the same run, on one silo over PostgreSQL.
/// </summary>
public sealed class FreshnessBenchmark(FreshnessOptions options)
{
    public async Task<FreshnessResult> Run(PostgresServer postgres)
    {
        await using var silo = await BenchSilo.Start(await postgres.CreateDatabase(), options.Communities, options.CompoundsPerCommunity, poolSize: options.LoadConcurrency + 16);
        var probes = await PrepareProbes(silo);
        var watcher = new CityWatcher();
        var city = silo.Grains.GetGrain<IRegionGrain>(BenchSilo.City);
        await city.Subscribe(silo.Grains.CreateObjectReference<IFiguresObserver>(watcher));

        var idle = await Probe(probes[..(probes.Count / 2)], watcher, 0);
        long filed = 0;
        using var stop = new CancellationTokenSource();
        var loading = Task.WhenAll(Enumerable.Range(0, options.LoadConcurrency).Select(worker => Task.Run(async () =>
        {
            for (var n = worker; !stop.IsCancellationRequested; n += options.LoadConcurrency)
            {
                await silo.Grains.GetGrain<ITicketGrain>(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared))
                    .Submit(new TicketSubmission(silo.Compounds[n % silo.Compounds.Count], TicketCategory.Noise, TicketChannel.Hotline, "load", null, null), new Stamp("load", DateTimeOffset.UtcNow));
                Interlocked.Increment(ref filed);
            }
        })));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var clock = Stopwatch.StartNew();
        var filedBefore = Interlocked.Read(ref filed);
        var loaded = await Probe(probes[(probes.Count / 2)..], watcher, probes.Count / 2);
        var loadRate = (Interlocked.Read(ref filed) - filedBefore) / clock.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await loading;
        await city.Unsubscribe(silo.Grains.CreateObjectReference<IFiguresObserver>(watcher));
        return new FreshnessResult(options, idle, loaded, loadRate);
    }

    private async Task<List<ITicketGrain>> PrepareProbes(BenchSilo silo)
    {
        var probes = new List<ITicketGrain>();
        for (var i = 0; i < options.Probes * 2; i++)
        {
            var ticket = silo.Grains.GetGrain<ITicketGrain>(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared));
            await ticket.Submit(new TicketSubmission(silo.Compounds[i % silo.Compounds.Count], TicketCategory.Other, TicketChannel.WalkIn, "probe", null, null), new Stamp("probe", DateTimeOffset.UtcNow));
            probes.Add(ticket);
        }

        return probes;
    }

    private static async Task<List<double>> Probe(IReadOnlyList<ITicketGrain> probes, CityWatcher watcher, int rejectedBefore)
    {
        var latencies = new List<double>();
        for (var i = 0; i < probes.Count; i++)
        {
            var arrived = watcher.WhenRejected(rejectedBefore + i + 1);
            var started = Stopwatch.GetTimestamp();
            await probes[i].Reject(new Stamp("probe", DateTimeOffset.UtcNow, "probe"));
            await arrived.WaitAsync(TimeSpan.FromSeconds(30));
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await Task.Delay(50);
        }

        return latencies;
    }
}

public sealed record FreshnessOptions(int LoadConcurrency = 16, int Probes = 100, int Communities = 10, int CompoundsPerCommunity = 10);

public sealed record FreshnessResult(FreshnessOptions Options, IReadOnlyList<double> Idle, IReadOnlyList<double> Loaded, double LoadPerSecond)
{
    public string ToMarkdown() => string.Join(Environment.NewLine,
        $"| freshness: transition acknowledged → city figures (live subscriber), {Options.Probes} probes each | p50 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|",
        Row("idle (baseline)", Idle),
        Row($"under load: {LoadPerSecond:F0} tickets/s filed by {Options.LoadConcurrency} concurrent callers", Loaded));

    private static string Row(string name, IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        double At(double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
        return $"| {name} | {At(0.5):F1} | {At(0.99):F1} | {sorted[^1]:F1} |";
    }
}
