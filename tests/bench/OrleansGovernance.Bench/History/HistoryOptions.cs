namespace OrleansGovernance.Bench.History;

/// <summary>
/// The history benchmark's knobs. Each measured phase files into <paramref name="Compounds"/> compounds of its own,
/// loaded beforehand with <paramref name="SmallHistory"/> or <paramref name="LargeHistory"/> tickets each (spread over
/// <paramref name="Years"/> years), so no phase inherits the filings of another; <paramref name="Rounds"/> rounds of one
/// phase of each, their order alternating. A phase runs <paramref name="Seconds"/> after <paramref name="WarmUpSeconds"/>,
/// with <paramref name="Concurrency"/> HTTP clients.
/// </summary>
public sealed record HistoryOptions(
    int SmallHistory = 10,
    int LargeHistory = 10_000,
    int Compounds = 20,
    int Rounds = 2,
    int Seconds = 20,
    int WarmUpSeconds = 5,
    int Concurrency = 16,
    int Years = 3,
    int Seed = 15)
{
    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);

    public TimeSpan WarmUp => TimeSpan.FromSeconds(WarmUpSeconds);
}
