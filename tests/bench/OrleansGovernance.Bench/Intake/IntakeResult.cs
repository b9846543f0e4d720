using OrleansGovernance.Bench.Platform;

namespace OrleansGovernance.Bench.Intake;

/// <summary>
/// What the intake benchmark measured: the raw insert rate, the conventional service, and the platform in each
/// <see cref="PlatformVariant"/> (the first as shipped), with CPU per filing; freshness idle and under the shipped platform's load.
/// </summary>
public sealed record IntakeResult(IntakeOptions Options, Measured Raw, Measured Conventional, IReadOnlyList<PlatformIntake> Platforms, IReadOnlyList<double> IdleFreshness, IReadOnlyList<double> LoadedFreshness)
{
    public const double TargetShareOfConventional = 1.0;
    public const double TargetSiloMsPerFiling = 0.5;
    public const double TargetFreshnessP99Ms = 1000;

    /// <summary>CPU time of the raw inserts and the conventional service over their measured intervals, by part.</summary>
    public IReadOnlyDictionary<string, CpuUse> Cpu { get; init; } = new Dictionary<string, CpuUse>();

    /// <summary>The platform as shipped and used: every feature on, an Idempotency-Key on each filing.</summary>
    public PlatformIntake Platform => Platforms[0];

    /// <summary>The same on the benchmark's host: what each variant that leaves a feature out is compared with.</summary>
    public PlatformIntake Hosted => Platforms[1];

    public double PlatformToConventional => Conventional.PerSecond == 0 ? 0 : Platform.Filings.PerSecond / Conventional.PerSecond;

    public string ToMarkdown() => string.Join(Environment.NewLine, (string[])[
        $"| durable intake ({Options.Concurrency} concurrent, {Options.Seconds} s after {Options.WarmUpSeconds} s warm-up; platform on {Options.Silos} silo{(Options.Silos == 1 ? "" : "s")}) | per second | p50 ms | p99 ms | failures | service CPU ms per request | PostgreSQL CPU ms per request |",
        "|---|---:|---:|---:|---:|---:|---:|",
        Row("raw single-row INSERT (the machine's limit)", Raw, "–", Part(Raw, "PostgreSQL")),
        Row(Conventional.Name, Conventional, Part(Conventional, "service"), Part(Conventional, "PostgreSQL")),
        .. Platforms.Select(p => Row(p.Variant.Name, p.Filings, $"{p.SiloMsPerFiling:F3}", $"{p.PostgresMsPerFiling:F3}")),
        "",
        $"Platform as shipped / conventional service: **{PlatformToConventional:F2}x** its filings per second (target ≥ {TargetShareOfConventional:F1}x: {Met(PlatformToConventional >= TargetShareOfConventional)}); "
            + $"silo CPU per filing **{Platform.SiloMsPerFiling:F3} ms** (target ≤ {TargetSiloMsPerFiling} ms: {Met(Platform.SiloMsPerFiling <= TargetSiloMsPerFiling)}).",
        $"Silo GC pauses while the load was measured, every feature on (the benchmark's host): {Hosted.Spent.Pauses.Summary()}.",
        "",
        "What each feature costs a filing: the benchmark host's CPU per filing with every feature on less that of the variant without it (same run; negative or tiny differences are within the noise):",
        "",
        .. Platforms.Skip(2).Select(p => $"- {p.Variant.Leaves}: silo {Hosted.SiloMsPerFiling - p.SiloMsPerFiling:+0.000;-0.000} ms, PostgreSQL {Hosted.PostgresMsPerFiling - p.PostgresMsPerFiling:+0.000;-0.000} ms per filing "
            + $"({p.Filings.PerSecond:F0} filings/s without it, against {Hosted.Filings.PerSecond:F0})"),
        "",
        $"Failures by kind: {Failures()}",
        "",
        "| freshness: reject sent over HTTP → city figures at a live subscriber | probes | p50 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|",
        FreshnessRow("idle silo (baseline)", IdleFreshness),
        FreshnessRow($"under the shipped platform's intake load (about {Platform.Filings.PerSecond:F0} filings/s)", LoadedFreshness),
        "",
        $"Freshness target p99 < {TargetFreshnessP99Ms:F0} ms under load: {Met(LoadedFreshness.Count > 0 && At(LoadedFreshness, 0.99) < TargetFreshnessP99Ms)}.",
    ]);

    private static string Met(bool met) => met ? "met" : "not met";

    private string Part(Measured measured, string part) =>
        Cpu.TryGetValue(measured.Name, out var use) && measured.Count > 0 ? $"{use.Seconds.GetValueOrDefault(part) * 1000 / measured.Count:F3}" : "–";

    private static string Row(string name, Measured m, string serviceCpu, string postgresCpu) =>
        $"| {name} | {m.PerSecond:F0} | {m.Percentile(0.5):F1} | {m.Percentile(0.99):F1} | {m.FailureCount} | {serviceCpu} | {postgresCpu} |";

    private string Failures()
    {
        var kinds = Platforms.Select(p => p.Filings).Prepend(Conventional).Prepend(Raw).SelectMany(m => m.Failures.Select(f => $"{m.Name}: {f.Value} × {f.Key}")).ToList();
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
