namespace OrleansGovernance.Silo.Seeding;

/// <summary>Configuration section "Seed".</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Seed Xinglin when the platform starts (places that already exist are left as they are).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The day the synthetic history runs up to; the day the platform starts when unset.</summary>
    public DateTimeOffset? Until { get; set; }

    /// <summary>Mean synthetic requests per compound per month from 2024 on.</summary>
    public double TicketsPerCompoundPerMonth { get; set; } = 2.0;

    public int RandomSeed { get; set; } = 2023;
}
