namespace OrleansGovernance.Bench.History;

/// <summary>
/// How long compounds of one history took to come live: all of them asked at once (their activations rebuild their
/// figures from storage, and the first one's community pulls the rest), until the last answered; then an explicit
/// rebuild of each, one at a time (RebuildFigures, as the admin endpoint asks), as the grain timed it.
/// </summary>
public sealed record HistoryActivation(int History, int Compounds, TimeSpan AllLive, IReadOnlyList<double> RebuildMs, IReadOnlyList<int> TicketsRead)
{
    public static double Median(IReadOnlyList<double> values) => values.Count == 0 ? 0 : values.Order().ElementAt(values.Count / 2);
}
