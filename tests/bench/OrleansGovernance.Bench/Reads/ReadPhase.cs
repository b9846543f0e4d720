using OrleansGovernance.Bench.Platform;

namespace OrleansGovernance.Bench.Reads;

/// <summary>
/// Reads of a city's and of its communities' figures over one interval, the filings beside them (if any), and what the
/// silo spent meanwhile (none for the SQL baseline).
/// </summary>
public sealed record ReadPhase(string Name, Measured City, Measured Community, Measured? Intake, SiloInterval? Spent)
{
    public GcPauseReading Pauses => Spent?.Pauses ?? GcPauseReading.None;

    /// <summary>The silo's CPU per read when nothing else ran beside the reads; null under intake, whose share cannot be told apart.</summary>
    public double? SiloMsPerRead => Spent is null || Intake is not null || City.Count + Community.Count == 0
        ? null
        : Spent.Cpu.Seconds.GetValueOrDefault(SiloInterval.Silo) * 1000 / (City.Count + Community.Count);
}
