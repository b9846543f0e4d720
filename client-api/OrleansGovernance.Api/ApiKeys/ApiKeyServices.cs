using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.ApiKeys;

public static class ApiKeyServices
{
    /// <summary>Keys in the host's durable store when it registered one, else in memory; verified keys cached briefly.</summary>
    public static IServiceCollection AddApiKeys(this IServiceCollection services)
    {
        services.TryAddSingleton<IApiKeyStore>(provider =>
        {
            var clock = provider.GetRequiredService<TimeProvider>();
            var store = provider.GetKeyedService<IApiKeyStore>(DurableStore.Key) ?? new InMemoryApiKeyStore();
            return new CachedApiKeyStore(store, clock);
        });
        return services;
    }
}
