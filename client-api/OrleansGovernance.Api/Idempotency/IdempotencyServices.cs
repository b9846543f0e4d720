using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Idempotency;

public static class IdempotencyServices
{
    /// <summary>Keys in the host's durable store when it registered one, else in memory; forgotten after a day.</summary>
    public static IServiceCollection AddIdempotency(this IServiceCollection services)
    {
        services.TryAddSingleton<IdempotencyMetrics>();
        services.TryAddSingleton<IIdempotencyStore>(provider =>
        {
            var clock = provider.GetRequiredService<TimeProvider>();
            return provider.GetKeyedService<IIdempotencyStore>(DurableStore.Key) ?? new InMemoryIdempotencyStore(clock);
        });
        services.AddHostedService<IdempotencyKeyExpiry>();
        return services;
    }

    /// <summary>Honours Idempotency-Key on the POSTs of <paramref name="group"/>.</summary>
    public static RouteGroupBuilder WithIdempotency(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter<RouteGroupBuilder, IdempotencyFilter>();
        return group;
    }

    /// <summary>Keeps the bodies of keyed POSTs readable after binding, for the filter's fingerprint.</summary>
    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.Headers.ContainsKey(IdempotencyFilter.Header))
            {
                context.Request.EnableBuffering();
            }

            return next(context);
        });
}
