using System.Globalization;
using System.Text;
using OrleansGovernance.Bench.Platform;

namespace OrleansGovernance.Bench.History;

public sealed record HistoryResult(HistoryOptions Options, long LoadedRows, double LoadSeconds, IReadOnlyList<HistoryActivation> Activations, IReadOnlyList<HistoryPhase> Phases)
{
    public const double TargetRatio = 1.1;

    /// <summary>Silo CPU per filing over every phase of <paramref name="history"/> together: CPU seconds summed over filings summed.</summary>
    public double SiloMsPerFiling(int history) => MsPerFiling(history, SiloInterval.Silo);

    public double PostgresMsPerFiling(int history) => MsPerFiling(history, SiloInterval.Postgres);

    /// <summary>Silo CPU per filing with the large history over that with the small one.</summary>
    public double Ratio => SiloMsPerFiling(Options.SmallHistory) == 0 ? 0 : SiloMsPerFiling(Options.LargeHistory) / SiloMsPerFiling(Options.SmallHistory);

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        Line(text, $"One silo over PostgreSQL; {LoadedRows:N0} rows loaded into grain storage by COPY in {LoadSeconds:F1} s (tickets over {Options.Years} years, the synthetic country's spread of statuses).");
        Line(text, $"Each phase files over HTTP (POST /api/v1/tickets, each with an Idempotency-Key, {Options.Concurrency} clients) into {Options.Compounds} compounds of its own for {Options.Seconds} s after {Options.WarmUpSeconds} s warm-up.");
        Line(text, "");
        Line(text, "| phase | tickets per compound: at start → end | filings/s | p50 ms | p99 ms | silo CPU ms/filing | PostgreSQL CPU ms/filing | silo GC pauses |");
        Line(text, "|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var phase in Phases)
        {
            Line(text, $"| round {phase.Round}, history {phase.History:N0} | {phase.History:N0} → {phase.HistoryAtEnd(Options.WarmUp):N0} | {phase.Filings.PerSecond:F0} | {phase.Filings.Percentile(0.5):F1} | {phase.Filings.Percentile(0.99):F1} | "
                + $"{phase.Spent.MsPer(SiloInterval.Silo, phase.Filings):F3} | {phase.Spent.MsPer(SiloInterval.Postgres, phase.Filings):F3} | {phase.Spent.Pauses.Summary()} |");
        }

        Line(text, "");
        Line(text, $"Silo CPU per filing over all phases: history {Options.SmallHistory:N0}: {SiloMsPerFiling(Options.SmallHistory):F3} ms; history {Options.LargeHistory:N0}: {SiloMsPerFiling(Options.LargeHistory):F3} ms; "
            + $"ratio **{Ratio:F2}** (target ≤ {TargetRatio:F1}: {(Ratio <= TargetRatio ? "met" : "not met")}). PostgreSQL CPU per filing: {PostgresMsPerFiling(Options.SmallHistory):F3} and {PostgresMsPerFiling(Options.LargeHistory):F3} ms.");
        Line(text, $"Failures: {string.Join("; ", Phases.SelectMany(p => p.Filings.Failures.Select(f => $"{f.Value} × {f.Key}")).DefaultIfEmpty("none"))}.");
        Line(text, "");
        Line(text, "| tickets per compound | compounds | all asked at once: every one live, s | rebuild from storage, one at a time (RebuildFigures): p50 / max ms | tickets read per rebuild |");
        Line(text, "|---:|---:|---:|---:|---:|");
        foreach (var activation in Activations)
        {
            Line(text, $"| {activation.History:N0} | {activation.Compounds} | {activation.AllLive.TotalSeconds:F1} | "
                + $"{HistoryActivation.Median(activation.RebuildMs):F1} / {activation.RebuildMs.DefaultIfEmpty().Max():F1} | {activation.TicketsRead.DefaultIfEmpty().Min():N0}–{activation.TicketsRead.DefaultIfEmpty().Max():N0} |");
        }

        Line(text, "");
        Line(text, "The large history is activated first; the first compound asked activates its community, which pulls every compound's figures, so both histories' compounds may come live during the first measure.");

        return text.ToString();
    }

    private double MsPerFiling(int history, string part)
    {
        var phases = Phases.Where(p => p.History == history).ToList();
        var filings = phases.Sum(p => p.Filings.Count);
        return filings == 0 ? 0 : phases.Sum(p => p.Spent.Cpu.Seconds.GetValueOrDefault(part)) * 1000 / filings;
    }

    private static void Line(StringBuilder text, string line) => text.AppendLine(CultureInfo.InvariantCulture, $"{line}");
}
