using Npgsql;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Silo;
using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench;

/// <summary>
/// Durable grain writes on PostgreSQL beside the machine's limit: raw single-row inserts into the same server, from
/// the same process, with the same concurrency and a payload of the same size, in the same run.
/// A grain write here is one acknowledged ticket transition, which costs two storage writes (the ticket's state and
/// its compound's figures); both counts are reported.
/// </summary>
public sealed class DurableWriteBenchmark(DurableWriteOptions options)
{
    public async Task<DurableWriteResult> Run(PostgresServer postgres)
    {
        var raw = await RawInserts(await postgres.CreateDatabase());
        var grains = await GrainWrites(await postgres.CreateDatabase());
        return new DurableWriteResult(options, raw, grains);
    }

    private async Task<Measured> RawInserts(string connectionString)
    {
        await using var source = NpgsqlDataSource.Create(connectionString + $";Maximum Pool Size={options.Concurrency + 4}");
        await using (var create = source.CreateCommand("CREATE TABLE raw_insert (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, payload jsonb NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var payload = System.Text.Encoding.UTF8.GetString(SamplePayload());
        var measured = new Measured("raw single-row INSERT");
        await measured.Run(options.Concurrency, options.WarmUp, options.Duration, async (_, _) =>
        {
            await using var insert = source.CreateCommand("INSERT INTO raw_insert (payload) VALUES (CAST(@payload AS jsonb))");
            insert.Parameters.AddWithValue("payload", payload);
            await insert.ExecuteNonQueryAsync();
        });
        return measured;
    }

    private async Task<Measured> GrainWrites(string connectionString)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["ConnectionStrings:Governance"] = connectionString + $";Maximum Pool Size={options.Concurrency + 16}",
            ["Seed:Enabled"] = "false",
            ["Orleans:ClusterId"] = "bench",
            ["Orleans:SiloPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddGovernanceSilo();
        await using var app = builder.Build();
        await app.StartAsync();
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var compounds = await Places(grains);

        var measured = new Measured("durable ticket transitions (grain writes)");
        await measured.Run(options.Concurrency, options.WarmUp, options.Duration, async (worker, n) =>
        {
            var compound = compounds[(int)((worker + (n * options.Concurrency)) % compounds.Count)];
            var ticket = grains.GetGrain<ITicketGrain>(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared));
            await ticket.Submit(new TicketSubmission(compound, TicketCategory.Sanitation, TicketChannel.Hotline, "Bins overflowing by building 3", null, null), new Stamp("bench", DateTimeOffset.UtcNow));
        });
        await app.StopAsync();
        return measured;
    }

    private async Task<List<string>> Places(IGrainFactory grains)
    {
        await grains.GetGrain<IRegionGrain>("bench").Define(new RegionProfile { Id = "bench", Name = "Bench", NameZh = "基准", Level = RegionLevel.City });
        await grains.GetGrain<IRegionGrain>("bench.d").Define(new RegionProfile { Id = "bench.d", Name = "D", NameZh = "区", Level = RegionLevel.District, ParentId = "bench" });
        await grains.GetGrain<IRegionGrain>("bench.d.s").Define(new RegionProfile { Id = "bench.d.s", Name = "S", NameZh = "街道", Level = RegionLevel.Subdistrict, ParentId = "bench.d" });
        await grains.GetGrain<ICommunityGrain>("bench.d.s.c").Define(new CommunityProfile { Id = "bench.d.s.c", Name = "C", NameZh = "社区", RegionId = "bench.d.s" });
        var ids = Enumerable.Range(0, options.Compounds).Select(i => $"bench.d.s.c.compound-{i:D4}").ToList();
        foreach (var id in ids)
        {
            await grains.GetGrain<ICompoundGrain>(id).Define(new CompoundProfile { Id = id, Name = id, NameZh = "小区", CommunityId = "bench.d.s.c" });
        }

        return ids;
    }

    /// <summary>A ticket's stored JSON, so the raw baseline writes as many bytes per row as the grains do.</summary>
    private static byte[] SamplePayload()
    {
        var ticket = Ticket.Submit(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared),
            new TicketSubmission("bench.d.s.c.compound-0000", TicketCategory.Sanitation, TicketChannel.Hotline, "Bins overflowing by building 3", null, null),
            ServiceLevelPolicy.Default, new Stamp("bench", DateTimeOffset.UtcNow));
        return new Silo.Storage.JsonGrainStateSerializer().Serialize(ticket).ToArray();
    }
}

public sealed record DurableWriteOptions(int Concurrency = 64, int Compounds = 500, int Seconds = 30, int WarmUpSeconds = 5)
{
    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);

    public TimeSpan WarmUp => TimeSpan.FromSeconds(WarmUpSeconds);
}

public sealed record DurableWriteResult(DurableWriteOptions Options, Measured Raw, Measured Grains)
{
    /// <summary>Each acknowledged submission is two storage writes: the ticket and its compound.</summary>
    public double StorageWritesPerSecond => Grains.PerSecond * 2;

    public double Ratio => Raw.PerSecond == 0 ? 0 : Grains.PerSecond / Raw.PerSecond;

    public string ToMarkdown() => string.Join(Environment.NewLine,
        $"| measure ({Options.Concurrency} concurrent, {Options.Seconds} s after {Options.WarmUpSeconds} s warm-up) | per second | p50 ms | p99 ms |",
        "|---|---:|---:|---:|",
        Row(Raw),
        Row(Grains),
        $"| storage writes behind them (ticket + compound) | {StorageWritesPerSecond:F0} | | |",
        "",
        $"Ratio, acknowledged durable transitions to raw inserts: **{Ratio:F2}** (storage writes to raw inserts: {StorageWritesPerSecond / Math.Max(1, Raw.PerSecond):F2}).");

    private static string Row(Measured m) => $"| {m.Name} | {m.PerSecond:F0} | {m.Percentile(0.5):F2} | {m.Percentile(0.99):F2} |";
}
