using System.Diagnostics;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Bench.Intake;
using OrleansGovernance.Bench.Platform;
using OrleansGovernance.Bench.Synthetic;
using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench.History;

/// <summary>
/// History does not cost: one silo over PostgreSQL whose compounds were loaded straight into grain storage with a
/// small or a large history (10 and 10,000 tickets each by default), then filed into over HTTP, a phase at a time,
/// alternating between the two, in the same silo process. The silo's CPU time per filing with either history, and
/// their ratio; beside it, how long a compound of either history takes to activate and to rebuild its figures.
/// </summary>
public sealed class HistoryBenchmark(HistoryOptions options, Action<string>? log = null)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    public async Task<HistoryResult> Run(PostgresServer postgres)
    {
        var warm = HistoryCity.Group("warm", options.SmallHistory, options.Compounds);
        var rounds = Enumerable.Range(1, options.Rounds).Select(round =>
        {
            // Alternating order, so a drift over the run (JIT, caches, the machine's other load) falls on both histories.
            var small = (History: options.SmallHistory, Compounds: HistoryCity.Group($"r{round}", options.SmallHistory, options.Compounds));
            var large = (History: options.LargeHistory, Compounds: HistoryCity.Group($"r{round}", options.LargeHistory, options.Compounds));
            return (Round: round, Phases: round % 2 == 1 ? new[] { small, large } : [large, small]);
        }).ToList();
        var groups = rounds.SelectMany(r => r.Phases.Select(p => (p.Compounds, Tickets: p.History))).Prepend((Compounds: warm, Tickets: options.SmallHistory)).ToList();

        var database = await postgres.CreateDatabase();
        var clusterId = $"history-{Guid.NewGuid():N}"[..16];
        Log($"loading {groups.Sum(g => g.Compounds.Count)} compounds with their tickets into grain storage");
        var load = await new GrainStateLoader(database, clusterId).Load(new HistoryCity(options).Places(groups));
        Log($"loaded {load.Rows:N0} rows in {load.Copying.TotalSeconds:F1} s");

        var settings = new SiloSettings("postgres", database, clusterId) { Seed = false };
        await using var silo = await PlatformSiloProcess.Start(settings, SiloFeatures.All, StartTimeout);
        await using var client = await OrleansClient.Connect(database, clusterId, TimeSpan.FromMinutes(2));
        Log("activating every compound, then rebuilding each");
        var activations = new List<HistoryActivation>();
        foreach (var history in new[] { options.LargeHistory, options.SmallHistory })
        {
            activations.Add(await Activate(client.Cluster, [.. groups.Where(g => g.Tickets == history).SelectMany(g => g.Compounds)], history));
        }

        using var http = HttpFilings.Client();
        Log("warming the silo up");
        await new Measured("warm-up").Run(options.Concurrency, TimeSpan.Zero, options.WarmUp + options.Duration, Filings(http, silo, warm).File);
        var phases = new List<HistoryPhase>();
        foreach (var (round, pair) in rounds)
        {
            foreach (var (history, compounds) in pair)
            {
                Log($"round {round}: filing into compounds of {history:N0} tickets");
                var filings = new Measured($"round {round}, history {history}");
                var spent = SiloInterval.Measure([silo], http, postgres.Port, options.WarmUp, options.Duration);
                await filings.Run(options.Concurrency, options.WarmUp, options.Duration, Filings(http, silo, compounds).File);
                phases.Add(new HistoryPhase(round, history, compounds.Count, filings, await spent));
            }
        }

        return new HistoryResult(options, load.Rows, load.Copying.TotalSeconds, activations, phases);
    }

    private static HttpFilings Filings(HttpClient http, PlatformSiloProcess silo, IReadOnlyList<string> compounds) =>
        new(http, [silo.BaseAddress], "/api/v1/tickets", compounds, TestTokens.For(Roles.Resident), idempotencyKeys: true);

    /// <summary>Every compound of a history asked for its figures at once, until all answered; then each rebuilt in turn, as the grain timed it.</summary>
    private static async Task<HistoryActivation> Activate(IClusterClient cluster, IReadOnlyList<string> compounds, int history)
    {
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(compounds.Select(id => cluster.GetGrain<ICompoundGrain>(id).GetSnapshot()));
        var allLive = Stopwatch.GetElapsedTime(started);
        var rebuild = new List<double>();
        var read = new List<int>();
        foreach (var id in compounds)
        {
            var rebuilt = await cluster.GetGrain<ICompoundGrain>(id).RebuildFigures();
            rebuild.Add(rebuilt.Took.TotalMilliseconds);
            read.Add(rebuilt.TicketsRead);
        }

        return new HistoryActivation(history, compounds.Count, allLive, rebuild, read);
    }

    private void Log(string line) => log?.Invoke($"[{DateTime.UtcNow:HH:mm:ss}] {line}");
}
