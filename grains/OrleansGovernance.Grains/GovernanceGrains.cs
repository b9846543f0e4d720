using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains;

public static class GovernanceGrains
{
    /// <summary>Services the grains take: the clock and the service-level policy (5-minute response, 7-day settle by default).</summary>
    public static IServiceCollection AddGovernanceGrains(this IServiceCollection services, ServiceLevelPolicy? policy = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(policy ?? ServiceLevelPolicy.Default);
        return services;
    }
}
