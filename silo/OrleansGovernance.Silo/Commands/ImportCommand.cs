using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Api.Imports;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.Migrations;

namespace OrleansGovernance.Silo.Commands;

/// <summary>
/// <c>import places|requests &lt;file&gt; [--report &lt;path&gt;] [--encoding auto|utf-8|gbk] [--dry-run] [--skip-invalid] [--batch &lt;rows&gt;]</c>
/// (docs/import.md). Requests need only the database: they are written straight into grain storage, and a running
/// cluster hears of them on the compound-changes stream. Places go through their grains, so for them the host starts
/// its silo first (<see cref="NeedsSilo"/>): on PostgreSQL it joins the cluster for the import's length; the embedded
/// SQLite mode has room for one silo, so the platform must be stopped (or the file sent to the admin API).
/// Prints a summary on standard output, the progress on standard error, and writes the report as JSON; exits 1 when
/// rows were refused, 2 on a usage error.
/// </summary>
internal static class ImportCommand
{
    public const string Usage =
        "usage: import places|requests <file> [--report <path>] [--encoding auto|utf-8|gbk] [--dry-run] [--skip-invalid] [--batch <rows, at most 100000>]";

    /// <summary>Requests per transaction at most: on PostgreSQL the stream delivers no change newer than an open batch.</summary>
    private const int MaxBatch = 100_000;

    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static bool NeedsSilo(IReadOnlyList<string> args) => args is ["import", "places", ..];

    public static async Task<int> Run(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (Parse(args) is not { } request)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        if (!File.Exists(request.Path))
        {
            await error.WriteLineAsync($"{request.Path}: no such file.");
            return 2;
        }

        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (storage.Provider == StorageProvider.Memory)
        {
            await error.WriteLineAsync("Storage:Provider is memory: an import would vanish with this process. Use sqlite or postgres.");
            return 1;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        var file = ImportFile.OnDisk(request.Path);
        var progress = new ProgressBar(error);
        ImportReport report;
        if (request.Kind == "places")
        {
            report = await new PlaceImport(services.GetRequiredService<IGrainFactory>()).Run(file, request.Settings, progress, stop.Token);
        }
        else
        {
            if (storage.MigrateOnStart)
            {
                var configuration = services.GetRequiredService<IConfiguration>();
                await new MigrationRunner(storage.Provider, storage.ResolveConnectionString(configuration), services.GetRequiredService<ILogger<MigrationRunner>>()).Run(stop.Token);
            }

            var store = services.GetRequiredKeyedService<IHistoryStore>(DurableStore.Key);
            report = await new HistoryImport(store, services.GetRequiredService<ServiceLevelPolicy>()).Run(file, request.Settings, progress, stop.Token);
        }

        progress.Done();
        var reportPath = request.Report ?? request.Path + ".report.json";
        await File.WriteAllTextAsync(reportPath, JsonSerializer.Serialize(report, ReportJson));
        await output.WriteLineAsync(Summary(report, reportPath));
        return report.Refused > 0 ? 1 : 0;
    }

    private static string Summary(ImportReport report, string reportPath) => report switch
    {
        { AlreadyImported: true } => $"{report.File}: already imported ({report.Rows} rows); nothing written. Report: {reportPath}",
        { DryRun: true } => $"{report.File}: {report.Rows} rows, {report.Valid} valid, {report.Refused} refused (dry run: nothing written). Report: {reportPath}",
        { Written: false, Refused: > 0 } => $"{report.File}: {report.Refused} of {report.Rows} rows refused; nothing imported (--skip-invalid imports the valid rows). Report: {reportPath}",
        _ => $"{report.File}: {report.Rows} rows, {report.Imported} imported, {report.Unchanged} already there, {report.Refused} refused"
            + (report.ResumedAfterLine > 0 ? $", resumed after line {report.ResumedAfterLine}" : "") + $". Report: {reportPath}",
    };

    private sealed record Request(string Kind, string Path, string? Report, ImportSettings Settings);

    private static Request? Parse(IReadOnlyList<string> args)
    {
        if (args is not ["import", "places" or "requests", var path, ..] || path.StartsWith("--", StringComparison.Ordinal))
        {
            return null;
        }

        var options = args.Skip(3).ToList();
        var settings = new ImportSettings();
        string? report = null;
        for (var i = 0; i < options.Count; i++)
        {
            var value = i + 1 < options.Count ? options[i + 1] : null;
            switch (options[i], value)
            {
                case ("--dry-run", _):
                    settings = settings with { DryRun = true };
                    break;
                case ("--skip-invalid", _):
                    settings = settings with { SkipInvalid = true };
                    break;
                case ("--report", { } where):
                    report = where;
                    i++;
                    break;
                case ("--batch", { } rows) when int.TryParse(rows, System.Globalization.CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= MaxBatch:
                    settings = settings with { BatchSize = size };
                    i++;
                    break;
                case ("--encoding", "auto" or "utf-8" or "utf8" or "gbk" or "gb18030"):
                    settings = settings with { Encoding = value switch { "auto" => ImportEncoding.Auto, "gbk" or "gb18030" => ImportEncoding.Gbk, _ => ImportEncoding.Utf8 } };
                    i++;
                    break;
                default:
                    return null;
            }
        }

        return new Request(args[1], path, report, settings);
    }
}
