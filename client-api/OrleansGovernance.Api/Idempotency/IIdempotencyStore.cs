namespace OrleansGovernance.Api.Idempotency;

/// <summary>Keys clients sent with their writes, and the answers those writes got.</summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Reserves <paramref name="key"/> for this request, or tells what an earlier request with it left. A reservation
    /// older than <paramref name="lease"/> without an answer belongs to a request that died; it passes to this one
    /// with the resource id the dead one was given.
    /// </summary>
    Task<IdempotencyClaim> Claim(string caller, string key, string fingerprint, string resourceId, TimeSpan lease, CancellationToken cancellationToken);

    Task Answer(string caller, string key, RecordedAnswer answer, CancellationToken cancellationToken);

    /// <summary>Gives the key up when its request created nothing (it failed), so it can be sent again.</summary>
    Task Release(string caller, string key, CancellationToken cancellationToken);

    /// <summary>Forgets keys reserved before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> ForgetBefore(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
