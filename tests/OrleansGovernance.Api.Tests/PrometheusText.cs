using System.Globalization;

namespace OrleansGovernance.Api.Tests;

/// <summary>Reads series out of a Prometheus text exposition, enough for tests to see counters move.</summary>
internal static class PrometheusText
{
    /// <summary>The sum of every sample of <paramref name="metric"/> carrying all of <paramref name="labels"/> (0 when none).</summary>
    public static double Sum(string exposition, string metric, params string[] labels) =>
        Samples(exposition, metric).Where(s => labels.All(l => s.Labels.Contains(l, StringComparison.Ordinal))).Sum(s => s.Value);

    /// <summary>Whether any series' name starts with <paramref name="prefix"/>.</summary>
    public static bool HasSeries(string exposition, string prefix) =>
        Lines(exposition).Any(line => line.StartsWith(prefix, StringComparison.Ordinal));

    private static IEnumerable<(string Labels, double Value)> Samples(string exposition, string metric)
    {
        foreach (var line in Lines(exposition))
        {
            if (!line.StartsWith(metric, StringComparison.Ordinal) || line.Length == metric.Length || line[metric.Length] is not ('{' or ' '))
            {
                continue;
            }

            var close = line.LastIndexOf('}');
            var labels = close < 0 ? "" : line[metric.Length..(close + 1)];
            var value = line[(close < 0 ? metric.Length : close + 1)..].Trim().Split(' ')[0];
            yield return (labels, double.Parse(value, CultureInfo.InvariantCulture));
        }
    }

    private static IEnumerable<string> Lines(string exposition) =>
        exposition.Split('\n').Where(line => line.Length > 0 && line[0] != '#');
}
