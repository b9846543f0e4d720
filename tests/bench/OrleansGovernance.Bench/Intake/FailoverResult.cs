using OrleansGovernance.Bench.Scale;

namespace OrleansGovernance.Bench.Intake;

/// <summary>What the failover benchmark saw: the killed silo's grains, how soon each answered again beside one read of each before the kill, the load by phase, and the write check.</summary>
public sealed record FailoverResult(
    FailoverOptions Options,
    IReadOnlyDictionary<string, int> Probed,
    IReadOnlyDictionary<string, int> Excluded,
    IReadOnlyList<double> Baseline,
    IReadOnlyList<double> Recovered,
    IReadOnlyList<PhaseTally> Phases,
    int Filed,
    int Lost)
{
    public int ProbedCount => Probed.Values.Sum();

    public string ToMarkdown() => string.Join(Environment.NewLine, (string[])[
        $"Load: {Options.Clients} clients, each filing up to {Options.FilingsPerSecond:0.##} requests a second over HTTP, round-robin over the silos that are up; no retries.",
        $"Silo 2's activations when it was killed: {ProbedCount} platform grains probed ({Counts(Probed)}); not probed: {(Excluded.Count == 0 ? "none" : Counts(Excluded))}.",
        "",
        "| sweep over the killed silo's grains (a cheap read of each, 64 at a time, until it answers): time until each answered | answered | p50 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|",
        Row("before the kill, from the start of the sweep (baseline)", Baseline),
        Row("after SIGKILL, from the kill", Recovered),
        "",
        "| phase | s | answered 201 | per s | p50 ms | p99 ms | 503 with Retry-After | other failures |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
        .. Phases.Select(p =>
            $"| {p.Name} | {p.Duration.TotalSeconds:F1} | {p.Ok} | {p.Ok / Math.Max(0.001, p.Duration.TotalSeconds):F0} | {p.Percentile(0.5):F1} | {p.Percentile(0.99):F1} | " +
            $"{p.Kinds.Where(k => k.Key.StartsWith("503", StringComparison.Ordinal)).Sum(k => k.Value)} | {p.Kinds.Where(k => k.Key != Attempt.Ok && !k.Key.StartsWith("503", StringComparison.Ordinal)).Sum(k => k.Value)} |"),
        "",
        $"Failures by kind: {FailureKinds()}",
        $"Writes: {Filed} filings answered 201; {Filed - Lost} found in PostgreSQL afterwards, {Lost} lost.",
    ]);

    private string Row(string name, IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return $"| {name} | 0 of {ProbedCount} | – | – | – |";
        }

        var sorted = values.Order().ToList();
        double At(double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
        return $"| {name} | {values.Count} of {ProbedCount} | {At(0.5):F1} | {At(0.99):F1} | {sorted[^1]:F1} |";
    }

    private string FailureKinds()
    {
        var kinds = Phases.SelectMany(p => p.Kinds.Where(k => k.Key != Attempt.Ok).Select(k => $"{p.Name}: {k.Value} × {k.Key}")).ToList();
        return kinds.Count == 0 ? "none." : string.Join("; ", kinds) + ".";
    }

    private static string Counts(IReadOnlyDictionary<string, int> byType) =>
        string.Join(", ", byType.OrderByDescending(t => t.Value).Select(t => $"{t.Value} {t.Key}"));
}
