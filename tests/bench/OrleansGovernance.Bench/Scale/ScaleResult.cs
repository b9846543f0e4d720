using System.Globalization;

namespace OrleansGovernance.Bench.Scale;

/// <summary>What the scale scenario saw: the load per phase, activations per silo, how long the changes took, and the write check.</summary>
public sealed record ScaleResult(
    ScaleOptions Options,
    IReadOnlyList<PhaseTally> Phases,
    IReadOnlyDictionary<string, IReadOnlyDictionary<int, int>> ActivationsByPhase,
    IReadOnlyList<int> SiloPorts,
    int Unanswered,
    (TimeSpan After, double Share)? Spread,
    (TimeSpan ExitedAfter, TimeSpan? GrainsAnsweredAfter, int Probes) GracefulStop,
    (TimeSpan? GrainsAnsweredAfter, int Probes) Kill,
    WriteCheck Check)
{
    /// <summary>Attempts that ended in a way the API does not document as retryable, with the phase they happened in.</summary>
    public IReadOnlyList<string> UnacceptableFailures =>
        [.. Phases.SelectMany(p => p.Unacceptable.Select(k => $"{p.Name}: {k.Value} × {k.Key}"))];

    /// <summary>
    /// Activations of the silo with index <paramref name="silo"/> at the end of <paramref name="phase"/> (0 when it had
    /// none or was gone), or null when the cluster could not be counted during that phase.
    /// </summary>
    public int? Activations(string phase, int silo) =>
        ActivationsByPhase.TryGetValue(phase, out var counts) ? counts.GetValueOrDefault(SiloPorts[silo]) : null;

    public string ToMarkdown()
    {
        var lines = new List<string>
        {
            $"Load: {Options.Clients} clients, each starting up to {Options.RoundsPerSecond:0.##} rounds a second (a round files a request with an Idempotency-Key, then acknowledges it); " +
            $"a 503 is retried after min(Retry-After, {Options.RetryWaitCap.TotalSeconds:F0} s), for up to {Options.RetryFor.TotalSeconds:F0} s.",
            "",
            "| phase | s | answered | per s | p50 ms | p99 ms | 503, retried | other failures | replayed |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        };
        lines.AddRange(Phases.Select(p =>
            $"| {p.Name} | {p.Duration.TotalSeconds:F1} | {p.Ok} | {p.Ok / Math.Max(0.001, p.Duration.TotalSeconds):F0} | {p.Percentile(0.5):F1} | {p.Percentile(0.99):F1} | " +
            $"{p.Kinds.GetValueOrDefault(Attempt.Retryable)} | {p.Unacceptable.Sum(k => k.Value)} | {p.Replayed} |"));
        lines.Add("");
        lines.Add("| activations at the end of | " + string.Join(" | ", SiloPorts.Select((_, i) => $"silo {i}")) + " |");
        lines.Add("|---|" + string.Concat(SiloPorts.Select(_ => "---:|")));
        lines.AddRange(Phases.Select(p => $"| {p.Name} | " + string.Join(" | ", SiloPorts.Select((_, i) => Activations(p.Name, i)?.ToString(CultureInfo.InvariantCulture) ?? "–")) + " |"));
        lines.Add("");
        lines.Add(Spread is { } spread
            ? $"- new activations spread onto the two new silos {Seconds(spread.After)} after both served: of those added since, they took {spread.Share:P0} (each at least half an even share)"
            : $"- new activations did not spread onto the two new silos within {Options.SpreadTimeoutSeconds} s after both served");
        lines.Add($"- graceful stop: silo 0 exited {Seconds(GracefulStop.ExitedAfter)} after SIGTERM; {GracefulStop.Probes} of its tickets all answered again {Seconds(GracefulStop.GrainsAnsweredAfter)} after SIGTERM");
        lines.Add($"- kill: {Kill.Probes} tickets of silo 1 all answered again {Seconds(Kill.GrainsAnsweredAfter)} after SIGKILL");
        lines.Add($"- attempts not answered 2xx, by kind: {Kinds()}");
        lines.Add($"- not acceptable (neither 2xx nor a 503 with Retry-After): {(UnacceptableFailures.Count == 0 ? "none" : string.Join("; ", UnacceptableFailures))}");
        lines.Add($"- writes: {Check.Filed} filings answered 201, {Check.Acknowledged} acknowledgements answered 200, {Unanswered} given up unanswered; " +
            $"{Check.Stored} of the load's tickets stored; lost {Check.Lost.Count}, acknowledgement lost {Check.Unacknowledged.Count}, stored twice {Check.Duplicated.Count}, unreadable {Check.Unreadable.Count}");
        return string.Join(Environment.NewLine, lines);
    }

    private string Kinds()
    {
        var totals = Phases.SelectMany(p => p.Kinds).Where(k => k.Key != Attempt.Ok).GroupBy(k => k.Key).Select(g => $"{g.Sum(k => k.Value)} × {g.Key}").ToList();
        return totals.Count == 0 ? "none" : string.Join("; ", totals);
    }

    private static string Seconds(TimeSpan? span) => span is { } s ? $"{s.TotalSeconds:F1} s" : "not within the timeout";
}
