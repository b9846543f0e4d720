using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using OrleansGovernance.Persistence.Database;

using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Persistence.Stores;

public static class SqlStoresHosting
{
    /// <summary>The SQL stores in the registered <see cref="GovernanceDatabase"/>, under <see cref="DurableStore.Key"/>.</summary>
    public static IServiceCollection AddSqlStores(this IServiceCollection services)
    {
        services.AddKeyedSingleton<IAuditTrail>(DurableStore.Key, (provider, _) => new SqlAuditTrail(provider.GetRequiredService<GovernanceDatabase>()));
        services.AddKeyedSingleton<IIdempotencyStore>(DurableStore.Key, (provider, _) =>
            new SqlIdempotencyStore(provider.GetRequiredService<GovernanceDatabase>(), provider.GetRequiredService<TimeProvider>()));
        services.AddKeyedSingleton<IApiKeyStore>(DurableStore.Key, (provider, _) =>
            new SqlApiKeyStore(provider.GetRequiredService<GovernanceDatabase>(), provider.GetRequiredService<TimeProvider>()));
        services.AddKeyedSingleton<IXmlRepository>(DurableStore.Key, (provider, _) =>
            new SqlXmlRepository(provider.GetRequiredService<GovernanceDatabase>(), provider.GetRequiredService<TimeProvider>()));
        services.AddKeyedSingleton<IEvidenceStore>(DurableStore.Key, (provider, _) => new SqlEvidenceStore(provider.GetRequiredService<GovernanceDatabase>()));
        return services;
    }
}
