namespace OrleansGovernance.Bench.National;

/// <param name="Scale">Fraction of the full country (120,000 communities): 1 the nation, 0.1 for a check, 0.0001 in CI.</param>
/// <param name="TicketsPerCompound">Mean tickets per compound; each compound holds its tickets' facts in memory.</param>
/// <param name="Concurrency">Activation calls in flight at once.</param>
/// <param name="SettleTimeout">How long the top may take to show the exact totals once every place is active.</param>
/// <param name="Years">Years of history the tickets are spread over.</param>
/// <param name="Hold">How long to keep the live silo after measuring, to profile it from outside (dotnet-gcdump, dotnet-counters).</param>
public sealed record NationalOptions(double Scale, int Seed, double TicketsPerCompound, int Concurrency, TimeSpan SettleTimeout, TimeSpan Hold = default, int Years = 3);
