using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Audit;

public static class AuditServices
{
    /// <summary>The host's durable trail when it registered one, else in memory; failed writes are counted.</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.TryAddSingleton<AuditMetrics>();
        services.TryAddSingleton<IAuditTrail>(provider => new MeteredAuditTrail(
            provider.GetKeyedService<IAuditTrail>(DurableStore.Key) ?? new InMemoryAuditTrail(),
            provider.GetRequiredService<AuditMetrics>()));
        return services;
    }

    /// <summary>Audits the writes of every endpoint in <paramref name="group"/>.</summary>
    public static RouteGroupBuilder WithAudit(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter<RouteGroupBuilder, AuditFilter>();
        return group;
    }

    /// <summary>GET /api/v1/audit: the trail, newest first, for admins.</summary>
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async (string? subject, string? actor, long? before, int? limit, IAuditTrail trail) =>
        {
            var size = limit ?? 100;
            if (size is < 1 or > 500)
            {
                throw Domain.DomainRuleException.Invalid("limit must be between 1 and 500.");
            }

            var entries = await trail.Read(new AuditQuery(subject, actor, before, size));
            return new AuditPage(entries, entries.Count == size ? entries[^1].Id : null);
        }).WithTags("Audit").RequireAuthorization(AccessPolicy.Administer);
        return api;
    }
}

/// <summary>A page of the trail; pass <see cref="Before"/> back to read the next, older page.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, long? Before);
