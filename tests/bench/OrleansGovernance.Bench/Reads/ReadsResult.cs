namespace OrleansGovernance.Bench.Reads;

public sealed record ReadsResult(ReadsOptions Options, string City, int Compounds, long PlatformTickets, Measured MaximumIntake, IReadOnlyList<ReadPhase> Platform, SqlBaseline? Sql)
{
    public const double TargetIdleP99Ms = 5;
    public const double TargetLoadedP99Ms = 20;

    public ReadPhase Idle => Platform[0];

    public ReadPhase Loaded => Platform[1];

    public string ToMarkdown() => string.Join(Environment.NewLine, (string[])[
        $"City `{City}` ({Options.Communities:N0} communities, {Compounds:N0} compounds; the platform holds {PlatformTickets:N0} tickets) on one silo over PostgreSQL.",
        $"Maximum intake first: {MaximumIntake.PerSecond:F0} filings/s with {Options.IntakeConcurrency} clients (p50 {MaximumIntake.Percentile(0.5):F1} ms, p99 {MaximumIntake.Percentile(0.99):F1} ms). "
            + $"Then {Options.ReadersPerLevel} readers per level, {Options.Seconds} s after {Options.WarmUpSeconds} s warm-up each.",
        "",
        "| reads | of | reads | p50 ms | p99 ms | failures | filings/s meanwhile | silo GC pauses meanwhile |",
        "|---|---|---:|---:|---:|---:|---:|---|",
        .. Platform.Concat(Sql is null ? [] : [Sql.Reads]).SelectMany(phase => new[] { Row(phase, phase.City), Row(phase, phase.Community) }),
        "",
        $"City summary p99: idle **{Idle.City.Percentile(0.99):F2} ms** (target < {TargetIdleP99Ms} ms: {Met(Idle.City.Percentile(0.99) < TargetIdleP99Ms)}); "
            + $"at half the maximum intake **{Loaded.City.Percentile(0.99):F2} ms** (target < {TargetLoadedP99Ms} ms: {Met(Loaded.City.Percentile(0.99) < TargetLoadedP99Ms)}).",
        $"Silo CPU per read, idle: {Idle.SiloMsPerRead:F3} ms (both levels together; the readers ran in this process).",
        Sql is null ? "" : $"Conventional table: {Sql.Load.Rows:N0} ticket rows (COPY at {Sql.Load.RowsPerSecond:N0} rows/s).",
    ]);

    private static string Met(bool met) => met ? "met" : "not met";

    private static string Row(ReadPhase phase, Measured read) =>
        $"| {phase.Name} | {read.Name} | {read.Count:N0} | {read.Percentile(0.5):F2} | {read.Percentile(0.99):F2} | {read.FailureCount} | {(phase.Intake is null ? "–" : $"{phase.Intake.PerSecond:N0}")} | {phase.Pauses.Summary()} |";
}
