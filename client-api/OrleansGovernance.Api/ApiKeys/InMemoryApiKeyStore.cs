using System.Collections.Concurrent;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.ApiKeys;

/// <summary>For Storage:Provider=memory: keys live as long as the process, hashed all the same.</summary>
public sealed class InMemoryApiKeyStore : IApiKeyStore
{
    private readonly ConcurrentDictionary<string, string> _clientsByHash = new(StringComparer.Ordinal);

    public Task<string?> Verify(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_clientsByHash.TryGetValue(ApiKeySecret.Hash(key), out var client) ? client : null);

    public Task<string> Create(string clientName, CancellationToken cancellationToken = default)
    {
        var client = ApiKeySecret.ClientName(clientName);
        var key = ApiKeySecret.New();
        _clientsByHash[ApiKeySecret.Hash(key)] = client;
        return Task.FromResult(key);
    }
}
