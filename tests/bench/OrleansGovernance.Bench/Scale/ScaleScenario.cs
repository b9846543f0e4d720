using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench.Scale;

/// <summary>
/// Scaling a PostgreSQL cluster out and in under steady HTTP load, as on Kubernetes: silos serve no HTTP themselves
/// (Api:Enabled=false) and the standalone API host faces the clients. One silo first (the baseline), then two more
/// join; once new activations land on them, the first silo is stopped gracefully (SIGTERM, as a scale-in does) and
/// then a second one is killed (SIGKILL, as a node failure does). Every process runs on loopback.
/// </summary>
public sealed class ScaleScenario(ScaleOptions options, Action<string>? log = null)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(60);

    public async Task<ScaleResult> Run(PostgresServer postgres)
    {
        var clock = Stopwatch.StartNew();
        void Log(string line) => log?.Invoke($"[{clock.Elapsed.TotalSeconds,6:F1} s] {line}");

        var database = await postgres.CreateDatabase();
        var first = new SiloSettings("postgres", database, $"scale-{Guid.NewGuid():N}"[..16]) { Api = false, SeedTicketsPerCompoundPerMonth = options.SeedTicketsPerCompoundPerMonth };
        SiloSettings[] settings = [first, first.Sibling() with { Seed = false }, first.Sibling() with { Seed = false }];

        // The API host starts beside the first silo and keeps trying until that silo has migrated, seeded and joined.
        await using var silo0 = SiloProcess.Start(settings[0]);
        await using var apiHost = ApiHostProcess.Start(first);
        Log($"silo 0 log {silo0.LogPath}, API host log {apiHost.LogPath}");
        await silo0.WaitUntilServing(StartTimeout);
        await apiHost.WaitUntilServing(StartTimeout);
        Log("silo 0 and the API host serve");

        using var http = Client(apiHost.BaseAddress);
        var compounds = await Compounds(http);
        await using var census = await ActivationCensus.Connect(database, first.ClusterId);
        var phases = new ScalePhases();
        var samples = new CensusSamples(census, phases, settings);
        var load = new ScaleLoad(http, compounds, phases, options, $"scale-{Guid.NewGuid():N}"[..14]);
        using var stop = new CancellationTokenSource();

        phases.Begin("one silo (baseline)");
        var loading = load.Run(stop.Token);
        var sampling = samples.Run(stop.Token);
        await Task.Delay(options.Steady);

        phases.Begin("two silos starting");
        await using var silo1 = SiloProcess.Start(settings[1]);
        await using var silo2 = SiloProcess.Start(settings[2]);
        Log($"silo 1 log {silo1.LogPath}, silo 2 log {silo2.LogPath}");
        await Task.WhenAll(silo1.WaitUntilServing(StartTimeout), silo2.WaitUntilServing(StartTimeout));
        Log("silos 1 and 2 serve");

        phases.Begin("three silos");
        var spread = await samples.UntilSpread([settings[1].SiloPort, settings[2].SiloPort], options.SpreadTimeout);
        await Task.Delay(options.Steady);

        phases.Begin("silo 0 stopping (SIGTERM)");
        var stopProbes = await census.TicketsOn(settings[0].SiloPort, options.Probes);
        var stopping = Stopwatch.StartNew();
        await silo0.Stop();
        var exitedAfter = stopping.Elapsed;
        var stoppedGrainsAfter = await AnswerAgain(http, stopProbes, stopping);
        Log($"silo 0 exited after {exitedAfter.TotalSeconds:F1} s, its grains answer again");

        phases.Begin("two silos");
        await Task.Delay(options.Steady);

        phases.Begin("silo 1 killed (SIGKILL)");
        var killProbes = await census.TicketsOn(settings[1].SiloPort, options.Probes);
        var killed = Stopwatch.StartNew();
        silo1.Kill();
        var killedGrainsAfter = await AnswerAgain(http, killProbes, killed);
        Log("silo 1 killed, its grains answer again");

        phases.Begin("one silo left");
        await Task.Delay(options.Steady);
        await stop.CancelAsync();
        await loading;
        await sampling;
        phases.End();

        Log("load stopped");
        var check = await WriteCheck.Run(database, http, load);
        Log("writes checked");
        return new ScaleResult(options, phases.All, samples.LastByPhase(), settings.Select(s => s.SiloPort).ToList(), load.Unanswered,
            spread, (exitedAfter, stoppedGrainsAfter, stopProbes.Count), (killedGrainsAfter, killProbes.Count), check);
    }

    /// <summary>
    /// Reads each probe ticket until every one has been answered once; the time since <paramref name="since"/> started,
    /// or null if some did not answer within the recovery timeout.
    /// </summary>
    private static async Task<TimeSpan?> AnswerAgain(HttpClient http, IReadOnlyList<string> tickets, Stopwatch since)
    {
        var answered = await Task.WhenAll(tickets.Select(async ticket =>
        {
            while (since.Elapsed < RecoveryTimeout)
            {
                try
                {
                    using var response = await http.GetAsync($"/api/v1/tickets/{ticket}");
                    if (response.IsSuccessStatusCode)
                    {
                        return true;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }

                await Task.Delay(100);
            }

            return false;
        }));
        return answered.All(a => a) ? since.Elapsed : null;
    }

    private static HttpClient Client(Uri api) => new()
    {
        BaseAddress = api,
        Timeout = TimeSpan.FromSeconds(20),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Admin) },
    };

    /// <summary>Xinglin's compounds, read from the seeded hierarchy, so the load touches every one of them.</summary>
    private static async Task<List<string>> Compounds(HttpClient http)
    {
        var compounds = new List<string>();
        foreach (var community in await Children(http, "/api/v1/regions/xiamen.jimei.xinglin/children"))
        {
            compounds.AddRange(await Children(http, $"/api/v1/communities/{community}/children"));
        }

        return compounds;
    }

    private static async Task<IEnumerable<string>> Children(HttpClient http, string path) =>
        (await http.GetFromJsonAsync<JsonElement>(path)).EnumerateArray().Select(child => child.GetProperty("id").GetString()!);
}
