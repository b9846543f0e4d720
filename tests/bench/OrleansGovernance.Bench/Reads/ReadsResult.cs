using OrleansGovernance.Bench.Synthetic;

namespace OrleansGovernance.Bench.Reads;

public sealed record ReadsResult(
    ReadsOptions Options,
    string City,
    long SqlRows,
    LoadRate SqlLoad,
    Measured SqlCity,
    Measured SqlCommunity,
    Measured SqlIntake,
    long PlatformTickets,
    Measured PlatformCity,
    Measured PlatformCommunity,
    Measured PlatformIntake)
{
    public string ToMarkdown() => string.Join(Environment.NewLine,
        $"City `{City}` ({Options.Communities:N0} communities). Conventional table: {SqlRows:N0} ticket rows (COPY at {SqlLoad.RowsPerSecond:N0} rows/s). Platform: the same places, {PlatformTickets:N0} tickets loaded, three silos.",
        $"Reads while {Options.IntakeConcurrency} clients file over HTTP; {Options.ReadersPerLevel} readers per level; {Options.Seconds} s after {Options.WarmUpSeconds} s warm-up.",
        "",
        "| read | reads | p50 ms | p99 ms | failures | filings/s meanwhile |",
        "|---|---:|---:|---:|---:|---:|",
        Row(SqlCity, SqlIntake),
        Row(PlatformCity, PlatformIntake),
        Row(SqlCommunity, SqlIntake),
        Row(PlatformCommunity, PlatformIntake),
        "",
        $"Ratio conventional/platform, city: p50 **{Ratio(SqlCity, PlatformCity, 0.5):N0}x**, p99 **{Ratio(SqlCity, PlatformCity, 0.99):N0}x**; community: p50 **{Ratio(SqlCommunity, PlatformCommunity, 0.5):N0}x**, p99 **{Ratio(SqlCommunity, PlatformCommunity, 0.99):N0}x**.",
        $"Target: platform p99 under 2 ms (city {Met(PlatformCity.Percentile(0.99) < 2)}, community {Met(PlatformCommunity.Percentile(0.99) < 2)}) and at least 100x faster than SQL (city p99 {Met(Ratio(SqlCity, PlatformCity, 0.99) >= 100)}, community p99 {Met(Ratio(SqlCommunity, PlatformCommunity, 0.99) >= 100)}).");

    private static double Ratio(Measured sql, Measured platform, double p) =>
        platform.Percentile(p) == 0 ? 0 : sql.Percentile(p) / platform.Percentile(p);

    private static string Met(bool met) => met ? "met" : "not met";

    private static string Row(Measured read, Measured intake) =>
        $"| {read.Name} | {read.Count:N0} | {read.Percentile(0.5):F2} | {read.Percentile(0.99):F2} | {read.FailureCount} | {intake.PerSecond:N0} |";
}
