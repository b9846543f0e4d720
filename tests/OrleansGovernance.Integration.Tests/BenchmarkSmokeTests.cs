using System.Text.Json;
using Npgsql;
using OrleansGovernance.Bench;
using OrleansGovernance.Bench.Conventional;
using OrleansGovernance.Bench.History;
using OrleansGovernance.Bench.Import;
using OrleansGovernance.Bench.Intake;
using OrleansGovernance.Bench.National;
using OrleansGovernance.Bench.Platform;
using OrleansGovernance.Bench.Reads;
using OrleansGovernance.Bench.Synthetic;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Integration.Tests;

/// <summary>The benchmarks run in CI in a tiny configuration, so they cannot rot; the figures come from full runs.</summary>
[Collection(PostgresCollection.Name)]
public sealed class BenchmarkSmokeTests(PostgresFixture postgres)
{
    [Fact]
    public async Task The_durable_write_benchmark_measures_grains_and_raw_inserts_in_one_run()
    {
        var result = await new DurableWriteBenchmark(new DurableWriteOptions(Concurrency: 4, Compounds: 3, Seconds: 1, WarmUpSeconds: 1)).Run(postgres);

        Assert.True(result.Raw.Count > 0 && result.Grains.Count > 0, result.ToMarkdown());
        Assert.Contains("| raw single-row INSERT |", result.ToMarkdown());
    }

    [Fact]
    public async Task The_import_benchmark_imports_a_city_and_its_requests_and_finds_the_city_exact_with_its_baseline_in_one_run()
    {
        var result = await new ImportBenchmark(new ImportOptions(Requests: 2_000, Compounds: 40, Batch: 500), _ => { }).Run(postgres);

        Assert.Equal(result.Counted, result.Served);
        Assert.Contains("| baseline: `--dry-run`", result.ToMarkdown());
    }

    [Fact]
    public async Task The_freshness_benchmark_measures_idle_and_loaded_probes_in_one_run()
    {
        var result = await new FreshnessBenchmark(new FreshnessOptions(LoadConcurrency: 2, Probes: 3, Communities: 2, CompoundsPerCommunity: 2)).Run(postgres);

        Assert.Equal((3, 3), (result.Idle.Count, result.Loaded.Count));
        Assert.Contains("| idle (baseline) |", result.ToMarkdown());
    }

    [Fact]
    public async Task The_intake_benchmark_files_over_http_at_raw_inserts_the_conventional_service_and_one_silo_with_each_feature_left_out_in_one_run()
    {
        var result = await new IntakeBenchmark(new IntakeOptions(Seconds: 1, Concurrency: 4, Communities: 2, CompoundsPerCommunity: 2, Probes: 2, WarmUpSeconds: 1)).Run(postgres);

        Assert.True(result.Raw.Count > 0 && result.Conventional.Count > 0 && result.Platforms.All(p => p.Filings.Count > 0), result.ToMarkdown());
        Assert.True(result.Conventional.FailureCount == 0 && result.Platforms.All(p => p.Filings.FailureCount == 0), result.ToMarkdown());
        Assert.Equal(PlatformVariant.All, result.Platforms.Select(p => p.Variant));
        Assert.True(result.Platform.SiloMsPerFiling > 0, result.ToMarkdown());
        Assert.Equal(2, result.IdleFreshness.Count);
        Assert.Contains("| conventional service: POST /tickets, one INSERT each |", result.ToMarkdown());
    }

    [Fact]
    public async Task The_failover_benchmark_finds_every_grain_of_a_killed_silo_answering_again_and_no_filing_lost()
    {
        var result = await new FailoverBenchmark(new FailoverOptions(Clients: 2, FilingsPerSecond: 5, SteadySeconds: 2, Communities: 2, CompoundsPerCommunity: 2)).Run(postgres);

        Assert.True(result.ProbedCount > 0, result.ToMarkdown());
        Assert.Equal(result.ProbedCount, result.Recovered.Count);
        Assert.True(result.Filed > 0 && result.Lost == 0, result.ToMarkdown());
    }

    [Fact]
    public async Task The_national_benchmark_brings_a_tiny_country_live_with_exact_figures_at_the_top()
    {
        var result = await new NationalBenchmark(new NationalOptions(Scale: 0.0001, Seed: 5, TicketsPerCompound: 2, Concurrency: 16, SettleTimeout: TimeSpan.FromSeconds(30)), _ => { }).Run(postgres);

        Assert.True(result.Exact, result.ToMarkdown());
        Assert.Equal(12, result.Totals.Communities);
        Assert.Equal(result.Totals.Compounds, result.Activations.Single(a => a.Key.Contains("CompoundGrain", StringComparison.Ordinal)).Value);
        Assert.Equal(result.Totals.Tickets + result.Places, result.Load.Rows);
        Assert.True(result.Live.HeapBytes > 0 && result.Idle.HeapBytes > 0, result.ToMarkdown());
    }

    [Fact]
    public async Task The_reads_benchmark_reads_a_generated_citys_figures_idle_and_under_half_the_maximum_intake_on_one_silo_beside_sql()
    {
        var result = await new ReadsBenchmark(new ReadsOptions(Seconds: 1, WarmUpSeconds: 1, IntakeConcurrency: 2, ReadersPerLevel: 1, Communities: 3, SqlTicketsPerCompound: 20, PlatformTicketsPerCompound: 2)).Run(postgres);

        var phases = result.Platform.Append(result.Sql!.Reads).ToList();
        Assert.True(result.MaximumIntake.Count > 0 && phases.All(p => p.City.Count > 0 && p.Community.Count > 0), result.ToMarkdown());
        Assert.True(phases.All(p => p.City.FailureCount + p.Community.FailureCount == 0), result.ToMarkdown());
        Assert.True(result.Idle.Intake is null && result.Loaded.Intake!.Count > 0, result.ToMarkdown());
        Assert.True(result.Sql.Load.Rows > result.PlatformTickets, result.ToMarkdown());
    }

    [Fact]
    public async Task The_history_benchmark_files_into_compounds_of_a_small_and_a_large_history_on_one_silo_and_times_their_rebuilds()
    {
        var result = await new HistoryBenchmark(new HistoryOptions(SmallHistory: 2, LargeHistory: 40, Compounds: 2, Rounds: 1, Seconds: 1, WarmUpSeconds: 1, Concurrency: 2)).Run(postgres);

        Assert.Equal([2, 40], result.Phases.Select(p => p.History));
        Assert.True(result.Phases.All(p => p.Filings.Count > 0 && p.Filings.FailureCount == 0 && p.Spent.MsPer(SiloInterval.Silo, p.Filings) > 0), result.ToMarkdown());
        Assert.Equal([40, 2], result.Activations.Select(a => a.History));
        Assert.All(result.Activations, a => Assert.All(a.TicketsRead, read => Assert.Equal(a.History, read)));
        Assert.Contains("ratio **", result.ToMarkdown());
    }

    [Fact]
    public async Task The_relational_loader_writes_every_generated_ticket_with_its_place_ids_and_status()
    {
        var generator = new CountryGenerator(CountryShape.Scaled(0.0001, seed: 6, ticketsPerCompound: 3));
        var totals = new CountryTotals();
        foreach (var place in generator.Places())
        {
            totals.Count(place);
        }

        var database = await postgres.CreateDatabase();
        var load = await new RelationalTicketLoader(database, new ConventionalTicketTable()).Load(generator.Places());

        Assert.Equal(totals.Tickets, load.Rows);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT status, count(*) FROM tickets
            WHERE compound_id LIKE community_id || '.%' AND community_id LIKE subdistrict_id || '.%'
              AND subdistrict_id LIKE district_id || '.%' AND district_id LIKE city_id || '.%' AND city_id LIKE 'cn.p%.c%'
            GROUP BY status
            """, connection);
        var stored = new Dictionary<string, long>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        Assert.Equal(
            Enum.GetValues<TicketStatus>().Where(s => totals.Status(s) > 0).ToDictionary(s => JsonNamingPolicy.CamelCase.ConvertName(s.ToString()), totals.Status),
            stored);
    }
}
