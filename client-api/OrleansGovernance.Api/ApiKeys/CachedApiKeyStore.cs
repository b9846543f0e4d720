using System.Collections.Concurrent;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.ApiKeys;

/// <summary>
/// Remembers keys that verified for a minute, so a client filing a burst of requests costs one database read.
/// Only successes are remembered: the cache holds at most one entry per issued key, however many wrong keys arrive.
/// </summary>
public sealed class CachedApiKeyStore(IApiKeyStore inner, TimeProvider clock) : IApiKeyStore
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (string Client, DateTimeOffset Until)> _verified = new(StringComparer.Ordinal);

    public async Task<string?> Verify(string key, CancellationToken cancellationToken = default)
    {
        var hash = ApiKeySecret.Hash(key);
        var now = clock.GetUtcNow();
        if (_verified.TryGetValue(hash, out var known) && known.Until > now)
        {
            return known.Client;
        }

        var client = await inner.Verify(key, cancellationToken);
        if (client is null)
        {
            _verified.TryRemove(hash, out _);
        }
        else
        {
            _verified[hash] = (client, now + Lifetime);
        }

        return client;
    }

    /// <summary>The key's hash if it verified within the last <see cref="Lifetime"/>, else null; never reads the store.</summary>
    public string? VerifiedLately(string key)
    {
        var hash = ApiKeySecret.Hash(key);
        return _verified.TryGetValue(hash, out var known) && known.Until > clock.GetUtcNow() ? hash : null;
    }

    public Task<string> Create(string clientName, CancellationToken cancellationToken = default) => inner.Create(clientName, cancellationToken);
}
