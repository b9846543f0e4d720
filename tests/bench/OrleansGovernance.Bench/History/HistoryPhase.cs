using OrleansGovernance.Bench.Platform;

namespace OrleansGovernance.Bench.History;

/// <summary>One measured phase: filings into compounds that held <see cref="History"/> tickets each when it began.</summary>
public sealed record HistoryPhase(int Round, int History, int Compounds, Measured Filings, SiloInterval Spent)
{
    /// <summary>Tickets per compound at the end of the phase, its warm-up's filings included (spread evenly, as the load spreads them).</summary>
    public double HistoryAtEnd(TimeSpan warmUp) =>
        History + (Filings.PerSecond * (Filings.Elapsed + warmUp).TotalSeconds / Compounds);
}
