using OrleansGovernance.Bench.Platform;

namespace OrleansGovernance.Bench.Reads;

/// <summary>Reads of a city's and of its communities' figures over one interval, the filings beside them (if any), and the silo's GC pauses meanwhile.</summary>
public sealed record ReadPhase(string Name, Measured City, Measured Community, Measured? Intake, GcPauseReading Pauses);
