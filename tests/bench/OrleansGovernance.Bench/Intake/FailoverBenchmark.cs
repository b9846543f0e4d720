using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Bench.Scale;
using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench.Intake;

/// <summary>
/// Failover of a silo killed under load: three silo processes over PostgreSQL, each serving the API, take a steady
/// filing load (spread round-robin, as a load balancer would). A census lists every activation on silo 2 (management
/// grain); each platform grain among them is read once (the baseline sweep); then silo 2 is killed with SIGKILL and taken
/// out of the load's rotation, and each of those grains is read again and again until it answers from another silo.
/// Afterwards every filing answered 201 is looked for in PostgreSQL.
/// </summary>
public sealed class FailoverBenchmark(FailoverOptions options, Action<string>? log = null)
{
    private const int Parallel = 64;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    public async Task<FailoverResult> Run(PostgresServer postgres)
    {
        var database = await postgres.CreateDatabase();
        var first = new SiloSettings("postgres", database, $"failover-{Guid.NewGuid():N}"[..16]) { Seed = false };
        await using var cluster = await ThreeSilos.Start(first, StartTimeout, Log);
        await using var client = await OrleansClient.Connect(database, first.ClusterId);
        var compounds = await BenchPlaces.Define(client.Cluster, options.Communities, options.CompoundsPerCommunity);
        using var http = HttpFilings.Client();
        var filings = new HttpFilings(http, cluster.Api, "/api/v1/tickets", compounds, TestTokens.For(Roles.Resident), keepIds: true);
        var phases = new ScalePhases();
        using var stop = new CancellationTokenSource();

        phases.Begin("three silos (before the kill)");
        var loading = Load(filings, phases, stop.Token);
        await Task.Delay(options.Steady);

        var victim = cluster.Silos[2];
        var census = new ActivationCensus(client.Cluster);
        var activations = await census.On(victim.Settings.SiloPort) ?? throw new InvalidOperationException("the census could not be taken");
        var probed = activations.Select(a => (a.GrainType, Read: GrainReads.For(client.Cluster, a.GrainType, a.Key))).ToList();
        var reads = probed.Where(p => p.Read is not null).Select(p => (GrainReads.ClassName(p.GrainType), p.Read!)).ToList();
        Log($"silo 2 holds {activations.Count} activations, {reads.Count} of them platform grains to probe");
        var baseline = await Sweep(reads, Stopwatch.StartNew(), options.Recovery);

        phases.Begin("silo 2 killed, until its grains all answered");
        filings.Remove(victim.BaseAddress);
        var killed = Stopwatch.StartNew();
        victim.Kill();
        var recovered = await Sweep(reads, killed, options.Recovery);
        Log($"grains of the killed silo answered again after {killed.Elapsed.TotalSeconds:F1} s");

        phases.Begin("two silos (after)");
        await Task.Delay(options.Steady);
        await stop.CancelAsync();
        await loading;
        phases.End();

        var excluded = probed.Where(p => p.Read is null).GroupBy(p => GrainReads.ClassName(p.GrainType)).ToDictionary(g => g.Key, g => g.Count());
        return new FailoverResult(options, reads.GroupBy(r => r.Item1).ToDictionary(g => g.Key, g => g.Count()), excluded,
            baseline, recovered, phases.All, filings.Filed.Count, await Missing(database, filings.Filed));
    }

    /// <summary>Each client files, then waits out its pace; each answer or failure is recorded in the phase it ended in.</summary>
    private Task Load(HttpFilings filings, ScalePhases phases, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, options.Clients).Select(worker => Task.Run(async () =>
        {
            var pace = TimeSpan.FromSeconds(1 / options.FilingsPerSecond);
            for (long n = 0; !stop.IsCancellationRequested; n++)
            {
                var next = Task.Delay(pace, CancellationToken.None);
                var started = Stopwatch.GetTimestamp();
                var failure = await filings.File(worker, n);
                if (failure is null)
                {
                    phases.Current.Answered(Stopwatch.GetElapsedTime(started), replayed: false);
                }
                else
                {
                    phases.Current.Record(failure);
                }

                await next;
            }
        })));

    /// <summary>
    /// Reads every grain until it answers (at most <paramref name="parallel"/> at once), and answers the time from
    /// <paramref name="since"/> started until each answered; a grain that did not answer within the timeout is left out.
    /// </summary>
    private static async Task<List<double>> Sweep(IReadOnlyList<(string Type, Func<Task> Read)> grains, Stopwatch since, TimeSpan timeout)
    {
        var answered = new ConcurrentBag<double>();
        await System.Threading.Tasks.Parallel.ForEachAsync(grains, new ParallelOptions { MaxDegreeOfParallelism = Parallel }, async (grain, _) =>
        {
            while (since.Elapsed < timeout)
            {
                if (await GrainReads.Answers(grain.Read))
                {
                    answered.Add(since.Elapsed.TotalMilliseconds);
                    return;
                }

                await Task.Delay(100, CancellationToken.None);
            }
        });
        return [.. answered];
    }

    /// <summary>Filed tickets (answered 201) that are not in the grain-state table.</summary>
    private static async Task<int> Missing(string database, IReadOnlyCollection<string> filed)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM orleans_grain_state WHERE state_name = 'ticket' AND grain_id_extension = ANY(@ids)", connection);
        count.Parameters.AddWithValue("ids", filed.ToArray());
        return filed.Count - (int)(long)(await count.ExecuteScalarAsync())!;
    }

    private void Log(string line) => log?.Invoke($"[{DateTime.UtcNow:HH:mm:ss}] {line}");
}
