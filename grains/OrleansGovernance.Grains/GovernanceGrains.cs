using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains;

public static class GovernanceGrains
{
    /// <summary>
    /// Services the grains take: the clock, the service-level policy (5-minute response, 7-day settle by default)
    /// and the figures' timing. The host adds grain storage, the "governance" stream provider, reminders and an
    /// <see cref="ICompoundFactsSource"/> that matches its storage.
    /// </summary>
    public static IServiceCollection AddGovernanceGrains(this IServiceCollection services, ServiceLevelPolicy? policy = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(policy ?? ServiceLevelPolicy.Default);
        services.AddOptions<FiguresOptions>();
        return services;
    }
}
