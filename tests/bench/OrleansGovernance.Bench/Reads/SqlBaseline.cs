using OrleansGovernance.Bench.Synthetic;

namespace OrleansGovernance.Bench.Reads;

/// <summary>The conventional service's reads: its tickets table as loaded, and its reads under its own maximum intake.</summary>
public sealed record SqlBaseline(LoadRate Load, ReadPhase Reads);
