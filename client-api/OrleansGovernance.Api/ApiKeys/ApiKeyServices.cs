using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansGovernance.Api.Storage;

namespace OrleansGovernance.Api.ApiKeys;

public static class ApiKeyServices
{
    /// <summary>Keys in the host's <see cref="GovernanceDatabase"/> when it registered one, else in memory; verified keys cached briefly.</summary>
    public static IServiceCollection AddApiKeys(this IServiceCollection services)
    {
        services.TryAddSingleton<IApiKeyStore>(provider =>
        {
            var clock = provider.GetRequiredService<TimeProvider>();
            IApiKeyStore store = provider.GetService<GovernanceDatabase>() is { } database
                ? new SqlApiKeyStore(database, clock)
                : new InMemoryApiKeyStore();
            return new CachedApiKeyStore(store, clock);
        });
        return services;
    }
}
