using OrleansGovernance.Api.Access;
using OrleansGovernance.Bench.Conventional;
using OrleansGovernance.Bench.Platform;
using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench.Intake;

/// <summary>
/// Durable intake over HTTP, one after the other in one run, on one PostgreSQL server (each on a database of its
/// own): the machine's limit (raw single-row INSERTs), the conventional service (one row per POST, its own process),
/// and the platform (one silo process by default, serving the API) in each <see cref="PlatformVariant"/>: as shipped,
/// on the benchmark's own host, then leaving out one feature at a time, each on a fresh database and silo. While the shipped platform's load runs,
/// freshness probes time a transition until the city's figures show it, beside the same probes on the idle silo just
/// before.
/// </summary>
public sealed class IntakeBenchmark(IntakeOptions options, Action<string>? log = null)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    public async Task<IntakeResult> Run(PostgresServer postgres)
    {
        Log("raw single-row INSERTs");
        var rawDatabase = await postgres.CreateDatabase();
        var rawCpu = MeasureCpu(postgres, []);
        var raw = await DurableWriteBenchmark.RawInserts(rawDatabase, options.Concurrency, options.WarmUp, options.Duration);
        Log("the conventional service");
        var (conventional, conventionalCpu) = await Conventional(postgres, await postgres.CreateDatabase());
        var platform = new List<PlatformIntake>();
        List<double> idle = [];
        List<double> loaded = [];
        foreach (var variant in PlatformVariant.All)
        {
            Log(variant.Name);
            var probing = variant == PlatformVariant.All[0];
            var (intake, idleProbes, loadedProbes) = await Platform(postgres, variant, probing);
            platform.Add(intake);
            if (probing)
            {
                (idle, loaded) = (idleProbes, loadedProbes);
            }
        }

        return new IntakeResult(options, raw, conventional, platform, idle, loaded)
        {
            Cpu = new Dictionary<string, CpuUse> { [raw.Name] = await rawCpu, [conventional.Name] = conventionalCpu },
        };
    }

    /// <summary>CPU time over the measured interval of a load that starts now: the service's processes, PostgreSQL, this load generator, and the machine.</summary>
    private Task<CpuUse> MeasureCpu(PostgresServer postgres, IReadOnlyList<int> service) =>
        CpuUse.Measure(new Dictionary<string, Func<double>>
        {
            ["service"] = () => service.Sum(CpuTime.Of),
            ["PostgreSQL"] = () => CpuTime.OfPostgres(postgres.Port),
            ["load generator"] = () => CpuTime.Of(Environment.ProcessId),
            ["machine"] = CpuTime.OfMachine,
        }.Where(part => service.Count > 0 || part.Key != "service").ToDictionary(), options.WarmUp, options.Duration);

    private static string Resident => TestTokens.For(Roles.Resident);

    private async Task<(Measured, CpuUse)> Conventional(PostgresServer postgres, string database)
    {
        await using var service = await ConventionalServiceProcess.Start(database, StartTimeout);
        using var http = HttpFilings.Client();
        var filings = new HttpFilings(http, [service.BaseAddress], "/tickets", Compounds(), Resident);
        var measured = new Measured("conventional service: POST /tickets, one INSERT each");
        var cpu = MeasureCpu(postgres, [service.ProcessId]);
        await measured.Run(options.Concurrency, options.WarmUp, options.Duration, filings.File);
        return (measured, await cpu);
    }

    private async Task<(PlatformIntake Intake, List<double> Idle, List<double> Loaded)> Platform(PostgresServer postgres, PlatformVariant variant, bool probing)
    {
        var database = await postgres.CreateDatabase();
        var first = new SiloSettings("postgres", database, $"intake-{Guid.NewGuid():N}"[..16]) { Seed = false };
        await using var cluster = await PlatformCluster.Start(first, options.Silos, variant.Features, StartTimeout, variant.Shipped);
        await using var client = await OrleansClient.Connect(database, first.ClusterId);
        var compounds = await BenchPlaces.Define(client.Cluster, options.Communities, options.CompoundsPerCommunity);
        using var http = HttpFilings.Client();
        await using var probes = probing ? await TicketProbes.Prepare(http, cluster.Api[0], client.Cluster, compounds, options.Probes * 2) : null;
        var idle = probes is null ? [] : await probes.Run(options.Probes, TimeSpan.MaxValue);

        var filings = new HttpFilings(http, cluster.Api, "/api/v1/tickets", compounds, Resident, idempotencyKeys: variant.IdempotencyKeys);
        var measured = new Measured(variant.Name);
        var spent = SiloInterval.Measure(cluster.Silos, http, postgres.Port, options.WarmUp, options.Duration);
        await measured.Run(options.Concurrency, options.WarmUp, options.Duration, filings.File);
        if (probes is null)
        {
            return (new PlatformIntake(variant, measured, await spent), idle, []);
        }

        // The probes' own requests would count in the silo's CPU without counting as filings: they run under the same
        // load once its CPU has been measured.
        var underProbes = new Measured("filings while the probes run").Run(options.Concurrency, TimeSpan.Zero, options.Duration, filings.File);
        var loaded = await probes.Run(options.Probes, options.Duration);
        await underProbes;
        return (new PlatformIntake(variant, measured, await spent), idle, loaded);
    }

    /// <summary>The generated city's compound ids, for a service that does not define places.</summary>
    private List<string> Compounds() =>
        [.. Enumerable.Range(0, options.Communities).SelectMany(c => Enumerable.Range(0, options.CompoundsPerCommunity).Select(i => $"{BenchPlaces.City}.d.s.c{c:D3}.compound-{i:D4}"))];

    private void Log(string line) => log?.Invoke($"[{DateTime.UtcNow:HH:mm:ss}] {line}");
}
