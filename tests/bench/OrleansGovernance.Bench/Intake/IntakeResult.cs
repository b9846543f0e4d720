namespace OrleansGovernance.Bench.Intake;

/// <summary>What the intake benchmark measured: three intake rates side by side, and freshness idle and under the platform's load.</summary>
public sealed record IntakeResult(IntakeOptions Options, Measured Raw, Measured Conventional, Measured Platform, IReadOnlyList<double> IdleFreshness, IReadOnlyList<double> LoadedFreshness)
{
    public const double TargetPerSecond = 5000;
    public const double TargetShareOfRaw = 0.5;
    public const double TargetFreshnessP99Ms = 1000;

    /// <summary>CPU time per measure over its measured interval, by part (service, PostgreSQL, load generator, machine).</summary>
    public IReadOnlyDictionary<string, CpuUse> Cpu { get; init; } = new Dictionary<string, CpuUse>();

    public double PlatformToRaw => Raw.PerSecond == 0 ? 0 : Platform.PerSecond / Raw.PerSecond;

    public double PlatformToConventional => Conventional.PerSecond == 0 ? 0 : Platform.PerSecond / Conventional.PerSecond;

    public string ToMarkdown() => string.Join(Environment.NewLine, (string[])[
        $"| durable intake ({Options.Concurrency} concurrent, {Options.Seconds} s after {Options.WarmUpSeconds} s warm-up) | per second | p50 ms | p99 ms | failures |",
        "|---|---:|---:|---:|---:|",
        Row("raw single-row INSERT (the machine's limit)", Raw),
        Row(Conventional.Name, Conventional),
        Row(Platform.Name, Platform),
        "",
        $"Platform / raw inserts: **{PlatformToRaw:F2}** (target ≥ {TargetShareOfRaw:F1}); platform / conventional service: **{PlatformToConventional:F2}**; " +
        $"platform: {Platform.PerSecond:F0}/s against the target of {TargetPerSecond:F0}/s: {(Platform.PerSecond >= TargetPerSecond && PlatformToRaw >= TargetShareOfRaw ? "met" : "missed")}.",
        $"Failures by kind: {Failures()}",
        "",
        "CPU time per accepted request (Linux accounting over the measured interval; \"machine\" includes everything else running):",
        "",
        .. new[] { Raw, Conventional, Platform }.Select(m => $"- {m.Name}: {(Cpu.TryGetValue(m.Name, out var use) ? use.PerOperation(m) : "–")}"),
        "",
        "| freshness: reject sent over HTTP → city figures at a live subscriber | probes | p50 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|",
        FreshnessRow("idle cluster (baseline)", IdleFreshness),
        FreshnessRow($"under the platform's intake load ({Platform.PerSecond:F0} filings/s)", LoadedFreshness),
        "",
        $"Freshness target p99 < {TargetFreshnessP99Ms:F0} ms under load: {(LoadedFreshness.Count > 0 && At(LoadedFreshness, 0.99) < TargetFreshnessP99Ms ? "met" : "missed")}.",
    ]);

    private static string Row(string name, Measured m) =>
        $"| {name} | {m.PerSecond:F0} | {m.Percentile(0.5):F1} | {m.Percentile(0.99):F1} | {m.FailureCount} |";

    private string Failures()
    {
        var kinds = new[] { Raw, Conventional, Platform }.SelectMany(m => m.Failures.Select(f => $"{m.Name}: {f.Value} × {f.Key}")).ToList();
        return kinds.Count == 0 ? "none." : string.Join("; ", kinds) + ".";
    }

    private static string FreshnessRow(string name, IReadOnlyList<double> values) => values.Count == 0
        ? $"| {name} | 0 | – | – | – |"
        : $"| {name} | {values.Count} | {At(values, 0.5):F1} | {At(values, 0.99):F1} | {values.Max():F1} |";

    private static double At(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }
}
