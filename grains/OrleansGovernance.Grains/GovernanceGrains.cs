using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Grains.Metrics;
using OrleansGovernance.Grains.Notices;
using OrleansGovernance.Grains.Webhooks;

namespace OrleansGovernance.Grains;

public static class GovernanceGrains
{
    /// <summary>
    /// Services the grains take: the clock, the service-level policy (5-minute response, 7-day settle by default),
    /// the figures' timing, the compounds this silo has seen defined, the healer that heals places after a silo dies
    /// or at their backstop, the platform's instruments, and the stored shapes of their states (<see cref="StoredStates"/>),
    /// which grain storage reads and writes rows by. The host adds grain storage, the "governance" broadcast channels,
    /// reminders and an <see cref="ICompoundFactsSource"/> that matches its storage.
    /// </summary>
    public static IServiceCollection AddGovernanceGrains(this IServiceCollection services, ServiceLevelPolicy? policy = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(policy ?? ServiceLevelPolicy.Default);
        services.AddOptions<FiguresOptions>();
        services.AddOptions<CouncilOptions>();
        services.AddMetrics();
        services.TryAddSingleton<TicketMetrics>();
        services.TryAddSingleton<ServiceLevelMetrics>();
        services.TryAddSingleton<FiguresMetrics>();
        services.TryAddSingleton<DefinedCompounds>();
        services.TryAddSingleton(StoredStates.All);
        services.TryAddSingleton<PlaceHealer>();
        services.AddHostedService(provider => provider.GetRequiredService<PlaceHealer>());
        services.AddResidentNotices();
        services.AddWebhooks();
        return services;
    }
}
