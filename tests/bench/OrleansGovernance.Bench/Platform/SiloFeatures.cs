namespace OrleansGovernance.Bench.Platform;

/// <summary>
/// Platform features a benchmark silo can run without, to tell what each costs a filing: the audit trail's row, and
/// the bearer token's validation on every request. Idempotency needs no switch: it costs only a request that sends an
/// Idempotency-Key, so its cost is that of filings with a key against filings without one.
/// </summary>
[Flags]
public enum SiloFeatures
{
    All = 0,
    WithoutAudit = 1,
    WithoutTokenValidation = 2,
}
