using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansGovernance.Grains.Metrics;

namespace OrleansGovernance.Grains.Webhooks;

public static class WebhookServices
{
    /// <summary>What the webhook grains take: their options (the host binds <see cref="WebhookOptions.Section"/>), one HTTP sender and one read of the endpoints per silo, and their instruments.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>();
        services.TryAddSingleton<WebhookDirectoryCache>();
        services.TryAddSingleton<WebhookTransport>();
        services.TryAddSingleton<WebhookMetrics>();
        return services;
    }
}
