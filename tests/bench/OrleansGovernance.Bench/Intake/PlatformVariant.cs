using OrleansGovernance.Bench.Platform;

namespace OrleansGovernance.Bench.Intake;

/// <summary>
/// One way of running the platform's intake: on the shipped silo executable or the benchmark's own silo host, which
/// features that host runs without, and whether each filing sends an Idempotency-Key. The first of <see cref="All"/> is
/// the platform as shipped and used; the second the same on the benchmark's host, whose garbage-collection pauses can
/// be read; each later one leaves out one thing, so its difference from the second is what that thing costs.
/// </summary>
public sealed record PlatformVariant(string Name, string Leaves, SiloFeatures Features, bool IdempotencyKeys, bool Shipped = false)
{
    public static readonly IReadOnlyList<PlatformVariant> All =
    [
        new("platform as shipped (the silo executable): every feature on, an Idempotency-Key on each filing", "", SiloFeatures.All, IdempotencyKeys: true, Shipped: true),
        new("platform on the benchmark's silo host: every feature on, an Idempotency-Key on each filing", "", SiloFeatures.All, IdempotencyKeys: true),
        new("benchmark's host: filings without an Idempotency-Key", "idempotency", SiloFeatures.All, IdempotencyKeys: false),
        new("benchmark's host: no audit row written", "audit", SiloFeatures.WithoutAudit, IdempotencyKeys: true),
        new("benchmark's host: each token validated once, then cached", "token validation", SiloFeatures.WithoutTokenValidation, IdempotencyKeys: true),
    ];
}
