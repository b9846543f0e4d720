using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Plans;

public static class EvidenceServices
{
    /// <summary>Evidence in the host's durable store when it registered one, else in memory; unattached files swept daily.</summary>
    public static IServiceCollection AddEvidence(this IServiceCollection services)
    {
        services.TryAddSingleton<IEvidenceStore>(provider =>
            provider.GetKeyedService<IEvidenceStore>(DurableStore.Key) ?? new InMemoryEvidenceStore());
        services.TryAddSingleton<EvidenceUploads>();
        services.AddHostedService<EvidenceSweep>();
        return services;
    }
}
