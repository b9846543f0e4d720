using OrleansGovernance.Bench.Platform;

namespace OrleansGovernance.Bench.Intake;

/// <summary>The platform's filings under one <see cref="PlatformVariant"/>, and what its silos and PostgreSQL spent meanwhile.</summary>
public sealed record PlatformIntake(PlatformVariant Variant, Measured Filings, SiloInterval Spent)
{
    public double SiloMsPerFiling => Spent.MsPer(SiloInterval.Silo, Filings);

    public double PostgresMsPerFiling => Spent.MsPer(SiloInterval.Postgres, Filings);
}
