namespace OrleansGovernance.Abstractions.Stores;

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

    /// <summary>Gives the key up when its request created nothing (it was refused), so it can be sent again.</summary>
    Task Release(string caller, string key, CancellationToken cancellationToken);

    /// <summary>
    /// Ends the lease of a reservation whose request failed without knowing whether it took effect (a 5xx: a grain call
    /// timed out, a silo died, storage did not confirm). The reservation and its resource id stay, so the retry takes
    /// it over at once and meets what the failed attempt may have created instead of creating it a second time.
    /// </summary>
    Task Abandon(string caller, string key, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>A reservation time whose lease is already over at <paramref name="now"/>: what <see cref="Abandon"/> stores.</summary>
    static DateTimeOffset LeaseOver(DateTimeOffset now, TimeSpan lease) => now - lease - TimeSpan.FromSeconds(1);

    /// <summary>Forgets keys reserved before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> ForgetBefore(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
