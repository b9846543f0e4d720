using OrleansGovernance.Bench.Platform;

namespace OrleansGovernance.Bench.Intake;

/// <summary>
/// One way of running the platform's intake: which features its silos run without, and whether each filing sends an
/// Idempotency-Key. The first of <see cref="All"/> is the platform as shipped and used; each other one leaves out one
/// thing, so its difference from the first is what that thing costs.
/// </summary>
public sealed record PlatformVariant(string Name, string Leaves, SiloFeatures Features, bool IdempotencyKeys)
{
    public static readonly IReadOnlyList<PlatformVariant> All =
    [
        new("platform: every feature on, an Idempotency-Key on each filing", "", SiloFeatures.All, IdempotencyKeys: true),
        new("platform: filings without an Idempotency-Key", "idempotency", SiloFeatures.All, IdempotencyKeys: false),
        new("platform: no audit row written", "audit", SiloFeatures.WithoutAudit, IdempotencyKeys: true),
        new("platform: each token validated once, then cached", "token validation", SiloFeatures.WithoutTokenValidation, IdempotencyKeys: true),
    ];
}
