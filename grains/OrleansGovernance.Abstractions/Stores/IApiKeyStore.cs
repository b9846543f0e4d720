namespace OrleansGovernance.Abstractions.Stores;

/// <summary>The keys integrations present when they file requests (Open311's api_key), kept only as hashes.</summary>
public interface IApiKeyStore
{
    /// <summary>The client a key was issued to, or null when the key is unknown.</summary>
    Task<string?> Verify(string key, CancellationToken cancellationToken = default);

    /// <summary>Issues a new random key to <paramref name="clientName"/> and returns it; it cannot be read back later.</summary>
    Task<string> Create(string clientName, CancellationToken cancellationToken = default);
}
