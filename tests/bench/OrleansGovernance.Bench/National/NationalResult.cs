using System.Globalization;
using System.Text;
using OrleansGovernance.Bench.Synthetic;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Bench.National;

public sealed record NationalResult(
    CountryShape Shape,
    CountryTotals Totals,
    LoadRate Load,
    MemoryReading Idle,
    MemoryReading Live,
    TimeSpan CompoundsActive,
    TimeSpan AllActive,
    TimeSpan? Settled,
    int RetriedCalls,
    IReadOnlyList<string> Differences,
    IReadOnlyDictionary<string, int> Activations)
{
    private const double MiB = 1024 * 1024;
    private const long Target = 8L * 1024 * 1024 * 1024;

    /// <summary>Compounds of the full country with the default seed (the full-scale runs in BENCHMARKS.md).</summary>
    private const int FullCompounds = 598_698;

    /// <summary>PostgreSQL's size once the country was loaded.</summary>
    public StorageSize? Storage { get; init; }

    public bool Exact => Differences.Count == 0 && Settled is not null;

    public int Places => Totals.Compounds + Totals.Communities + Totals.Regions.Values.Sum();

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        Line(text, $"Synthetic country, seed {Shape.Seed}: {Totals.Regions.GetValueOrDefault(RegionLevel.Province)} provinces, {Totals.Regions.GetValueOrDefault(RegionLevel.City)} cities, "
            + $"{Totals.Regions.GetValueOrDefault(RegionLevel.District)} districts, {Totals.Regions.GetValueOrDefault(RegionLevel.Subdistrict)} subdistricts, "
            + $"{Totals.Communities:N0} communities, {Totals.Compounds:N0} compounds, {Totals.Tickets:N0} tickets (mean {Shape.TicketsPerCompound} per compound, over {Shape.HistoryYears} years)");
        Line(text, "");
        Line(text, "| measure | value |");
        Line(text, "|---|---:|");
        Line(text, $"| bulk load: rows (binary COPY into orleans_grain_state) | {Load.Rows:N0} |");
        Line(text, $"| bulk load: rows per second (COPY; ANALYZE after it: {Load.Total.TotalSeconds - Load.Copying.TotalSeconds:F1} s) | {Load.RowsPerSecond:N0} |");
        if (Storage is { } storage)
        {
            Line(text, $"| PostgreSQL: grain-state table with its indexes, GiB (bytes per row) | {storage.GrainStateBytes / (1024 * MiB):F2} ({storage.GrainStateBytes / (double)Load.Rows:N0}) |");
            Line(text, $"| PostgreSQL: the whole database, GiB | {storage.DatabaseBytes / (1024 * MiB):F2} |");
        }

        Line(text, $"| compounds activated: s (per second) | {CompoundsActive.TotalSeconds:F1} ({Totals.Compounds / CompoundsActive.TotalSeconds:N0}) |");
        Line(text, $"| every place activated: s (places per second) | {AllActive.TotalSeconds:F1} ({Places / AllActive.TotalSeconds:N0}) |");
        Line(text, $"| activation calls that failed (timed out, activation cancelled) and were retried | {RetriedCalls} |");
        Line(text, $"| managed heap after full GC, no activations (baseline) MiB | {Idle.HeapBytes / MiB:N0} |");
        Line(text, $"| managed heap after full GC, everything active MiB | {Live.HeapBytes / MiB:N0} |");
        Line(text, $"| working set, no activations (baseline) MiB | {Idle.WorkingSetBytes / MiB:N0} |");
        Line(text, $"| working set, everything active MiB (target: within {Target / MiB:N0}) | {Live.WorkingSetBytes / MiB:N0} |");
        Line(text, $"| working set, everything active, once the collector returned its free memory (aggressive GC) MiB | {Live.ReturnedWorkingSetBytes / MiB:N0} |");
        Line(text, $"| peak working set of the run (loading, activating, counting) MiB | {Live.PeakWorkingSetBytes / MiB:N0} |");
        Line(text, $"| heap per compound, with its community's and regions' share: (live − baseline) / compounds, KiB | {(Live.HeapBytes - Idle.HeapBytes) / 1024.0 / Totals.Compounds:F1} |");
        Line(text, $"| the same, extrapolated to the full country's {FullCompounds:N0} compounds: baseline + per compound × {FullCompounds:N0}, GiB | {(Idle.HeapBytes + ((Live.HeapBytes - Idle.HeapBytes) / (double)Totals.Compounds * FullCompounds)) / (1024 * MiB):F2} |");
        Line(text, $"| nation's figures equal the generator's totals (and the ticket rows recounted in SQL equal them too) | {(Exact ? $"yes, {Settled!.Value.TotalSeconds:F1} s after activation began" : "NO")} |");
        Line(text, "");
        Line(text, "Activations by grain type: " + string.Join(", ", Activations.OrderByDescending(a => a.Value).Select(a => $"{a.Key} {a.Value:N0}")));
        foreach (var difference in Differences)
        {
            Line(text, $"- differs: {difference}");
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string line) => text.AppendLine(CultureInfo.InvariantCulture, $"{line}");
}
