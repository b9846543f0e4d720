using Npgsql;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Grains;
using OrleansGovernance.Testing;
using OrleansGovernance.Persistence.GrainState;

namespace OrleansGovernance.Bench;

/// <summary>
/// Durable grain writes on PostgreSQL beside the machine's limit: raw single-row inserts into the same server, from
/// the same process, with the same concurrency and a payload of the same size, in the same run.
/// A grain write here is one acknowledged ticket transition: the ticket's state committed; the figures follow it
/// through the streams without further writes.
/// </summary>
public sealed class DurableWriteBenchmark(DurableWriteOptions options)
{
    public async Task<DurableWriteResult> Run(PostgresServer postgres)
    {
        var raw = await RawInserts(await postgres.CreateDatabase(), options.Concurrency, options.WarmUp, options.Duration);
        var grains = await GrainWrites(await postgres.CreateDatabase());
        return new DurableWriteResult(options, raw, grains);
    }

    /// <summary>The machine's limit for durable rows: single-row autocommit INSERTs of a ticket-sized jsonb payload from <paramref name="concurrency"/> connections.</summary>
    public static async Task<Measured> RawInserts(string connectionString, int concurrency, TimeSpan warmUp, TimeSpan duration)
    {
        // Prepared, as the platform's own statements are: the machine's limit, not the parser's.
        await using var source = NpgsqlDataSource.Create(PostgresConnectionStrings.WithAutoPrepare(connectionString + $";Maximum Pool Size={concurrency + 4}"));
        await using (var create = source.CreateCommand("CREATE TABLE raw_insert (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, payload jsonb NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var payload = System.Text.Encoding.UTF8.GetString(SamplePayload());
        var measured = new Measured("raw single-row INSERT");
        await measured.Run(concurrency, warmUp, duration, async (_, _) =>
        {
            await using var insert = source.CreateCommand("INSERT INTO raw_insert (payload) VALUES (CAST(@payload AS jsonb))");
            insert.Parameters.AddWithValue("payload", payload);
            await insert.ExecuteNonQueryAsync();
        });
        return measured;
    }

    private async Task<Measured> GrainWrites(string connectionString)
    {
        await using var silo = await BenchSilo.Start(connectionString, communities: Math.Max(1, options.Compounds / 10), compoundsPerCommunity: Math.Min(10, options.Compounds), poolSize: options.Concurrency + 16);
        var measured = new Measured("durable ticket transitions (grain writes)");
        await measured.Run(options.Concurrency, options.WarmUp, options.Duration, async (worker, n) =>
        {
            var compound = silo.Compounds[(int)((worker + (n * options.Concurrency)) % silo.Compounds.Count)];
            var ticket = silo.Grains.GetGrain<ITicketGrain>(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared));
            await ticket.Submit(new TicketSubmission(compound, TicketCategory.Sanitation, TicketChannel.Hotline, "Bins overflowing by building 3", null, null), new Stamp("bench", DateTimeOffset.UtcNow));
        });
        return measured;
    }

    /// <summary>A ticket's stored JSON, so the raw baseline writes as many bytes per row as the grains do.</summary>
    private static byte[] SamplePayload()
    {
        var ticket = Ticket.Submit(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared),
            new TicketSubmission("bench.d.s.c.compound-0000", TicketCategory.Sanitation, TicketChannel.Hotline, "Bins overflowing by building 3", null, null),
            ServiceLevelPolicy.Default, new Stamp("bench", DateTimeOffset.UtcNow));
        return new JsonGrainStateSerializer(StoredStates.All).Serialize(ticket).ToArray();
    }
}

public sealed record DurableWriteOptions(int Concurrency = 64, int Compounds = 500, int Seconds = 30, int WarmUpSeconds = 15)
{
    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);

    public TimeSpan WarmUp => TimeSpan.FromSeconds(WarmUpSeconds);
}

public sealed record DurableWriteResult(DurableWriteOptions Options, Measured Raw, Measured Grains)
{
    public double Ratio => Raw.PerSecond == 0 ? 0 : Grains.PerSecond / Raw.PerSecond;

    public string ToMarkdown() => string.Join(Environment.NewLine,
        $"| measure ({Options.Concurrency} concurrent, {Options.Seconds} s after {Options.WarmUpSeconds} s warm-up) | per second | p50 ms | p99 ms |",
        "|---|---:|---:|---:|",
        Row(Raw),
        Row(Grains),
        "",
        $"Ratio, acknowledged durable transitions to raw inserts: **{Ratio:F2}**.");

    private static string Row(Measured m) => $"| {m.Name} | {m.PerSecond:F0} | {m.Percentile(0.5):F2} | {m.Percentile(0.99):F2} |";
}
