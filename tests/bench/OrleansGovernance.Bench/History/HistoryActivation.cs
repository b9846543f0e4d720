namespace OrleansGovernance.Bench.History;

/// <summary>
/// How long compounds of one history took to come live: the first call to each (its activation, which rebuilds its
/// figures from storage), and an explicit rebuild of each afterwards (RebuildFigures, as the admin endpoint asks).
/// </summary>
public sealed record HistoryActivation(int History, IReadOnlyList<double> ActivationMs, IReadOnlyList<double> RebuildMs, IReadOnlyList<int> TicketsRead)
{
    public static double Median(IReadOnlyList<double> values) => values.Count == 0 ? 0 : values.Order().ElementAt(values.Count / 2);
}
