using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Npgsql;
using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench.Import;

/// <summary>
/// The history import at a city's scale: a synthetic city's places imported through a silo the command adds to the
/// cluster, then a hotline export of a million requests imported into PostgreSQL by the host's command while one silo
/// serves, then the city's summary checked against a count of the rows. Baseline in the same run: the same command
/// with --dry-run, which reads, decodes, parses and validates every row and builds every ticket, writing nothing.
/// </summary>
public sealed class ImportBenchmark(ImportOptions options, Action<string> log)
{
    public async Task<ImportResult> Run(PostgresServer postgres)
    {
        var database = await postgres.CreateDatabase();
        var settings = new SiloSettings("postgres", database, $"import-{Guid.NewGuid():N}"[..16]) { Seed = false };
        var folder = Directory.CreateTempSubdirectory("og-bench-import-");
        try
        {
            await using var silo = SiloProcess.Start(settings);
            await silo.WaitUntilServing(TimeSpan.FromMinutes(3));

            var places = Path.Combine(folder.FullName, "places.csv");
            var requests = Path.Combine(folder.FullName, "requests.csv");
            ImportFiles.Places(places, options.Compounds);
            ImportFiles.Requests(requests, options.Requests, options.Compounds);
            log($"files written: {new FileInfo(requests).Length / 1e6:F0} MB of requests");

            var placesTime = await Command(settings, "places", places);
            log($"places: {placesTime.TotalSeconds:F1} s");
            var dryRun = await Command(settings, "requests", requests, "--dry-run");
            log($"dry run: {dryRun.TotalSeconds:F1} s");
            var import = await Command(settings, "requests", requests, "--batch", options.Batch.ToString(CultureInfo.InvariantCulture));
            log($"import: {import.TotalSeconds:F1} s");

            var exactAfter = Stopwatch.StartNew();
            var (served, counted) = await Exact(silo, database);
            log($"exact after {exactAfter.Elapsed.TotalSeconds:F1} s: {served}");
            return new ImportResult(options, new FileInfo(requests).Length, placesTime, dryRun, import, exactAfter.Elapsed, served, counted, Environment.ProcessorCount, LoadAverage());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<TimeSpan> Command(SiloSettings settings, params string[] arguments)
    {
        var dll = ServiceProcess.BuiltAssembly("silo/OrleansGovernance.Silo");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { dll, "import" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings.Sibling().Environment())
        {
            start.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        foreach (var progress in (await error).Split('\n').Where(line => line.StartsWith("validating", StringComparison.Ordinal) || line.StartsWith("writing", StringComparison.Ordinal)))
        {
            log(progress.Trim());
        }

        log((await output).Trim());
        return process.ExitCode == 0 ? clock.Elapsed : throw new InvalidOperationException($"import {string.Join(' ', arguments)} exited {process.ExitCode}: {await error}");
    }

    /// <summary>Waits until the city's summary counts what the rows hold: submitted, open, settled and rated requests.</summary>
    private static async Task<(string Served, string Counted)> Exact(SiloProcess silo, string database)
    {
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Admin);
        var counted = await Count(database);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(10);
        var served = "";
        while (DateTime.UtcNow < deadline)
        {
            using var summary = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/regions/{ImportFiles.City}/summary"));
            var requests = summary.RootElement.GetProperty("requests");
            var satisfaction = summary.RootElement.GetProperty("satisfaction");
            served = string.Create(CultureInfo.InvariantCulture,
                $"submitted {requests.GetProperty("submitted").GetInt64()}, open {requests.GetProperty("open").GetInt64()}, settled {requests.GetProperty("settled").GetInt64()}, rated {satisfaction.GetProperty("rated").GetInt64()}");
            if (served == counted)
            {
                return (served, counted);
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        throw new InvalidOperationException($"the city's summary ({served}) never equalled the rows' count ({counted}).");
    }

    private static async Task<string> Count(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("""
            SELECT count(*),
                   count(*) FILTER (WHERE payload ->> 'status' IN ('submitted', 'acknowledged', 'claimed', 'escalated')),
                   count(*) FILTER (WHERE payload ->> 'status' IN ('settled', 'rated')),
                   count(*) FILTER (WHERE payload ->> 'status' = 'rated')
            FROM orleans_grain_state WHERE state_name = 'ticket'
            """, connection) { CommandTimeout = 0 };
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        return string.Create(CultureInfo.InvariantCulture, $"submitted {reader.GetInt64(0)}, open {reader.GetInt64(1)}, settled {reader.GetInt64(2)}, rated {reader.GetInt64(3)}");
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}

public sealed record ImportResult(
    ImportOptions Options, long FileBytes, TimeSpan Places, TimeSpan DryRun, TimeSpan Import, TimeSpan ExactAfter, string Served, string Counted, int Cores, string LoadBefore)
{
    public static readonly TimeSpan Target = TimeSpan.FromMinutes(5);

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"One silo over PostgreSQL serving while the host's import command runs beside it ({Cores} cores; load average before: {LoadBefore}).");
        text.AppendLine(CultureInfo.InvariantCulture, $"Places: {Options.Compounds:N0} compounds with their regions and communities, through the grains, in {Places.TotalSeconds:F1} s.");
        text.AppendLine();
        text.AppendLine("| run | rows | file | time | rows/s |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| baseline: `--dry-run` (read, decode, parse, validate, build every ticket; no writes) | {Options.Requests:N0} | {FileBytes / 1e6:F0} MB | {DryRun.TotalSeconds:F1} s | {Options.Requests / DryRun.TotalSeconds:N0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| import (validate, then write in batches of {Options.Batch:N0}) | {Options.Requests:N0} | {FileBytes / 1e6:F0} MB | **{Import.TotalSeconds:F1} s** | {Options.Requests / Import.TotalSeconds:N0} |");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Target: {Options.Requests:N0} requests in under {Target.TotalMinutes:F0} minutes: **{(Import < Target ? "met" : "not met")}**. "
            + $"The city's summary equalled the rows' count {ExactAfter.TotalSeconds:F1} s after the command ended: {Served}.");
        return text.ToString();
    }
}
