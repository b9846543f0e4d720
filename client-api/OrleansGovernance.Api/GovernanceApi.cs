using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.ApiKeys;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Api.Audit;
using OrleansGovernance.Api.DataProtection;
using OrleansGovernance.Api.Endpoints;
using OrleansGovernance.Api.Idempotency;
using OrleansGovernance.Api.Open311;
using OrleansGovernance.Api.Places;
using OrleansGovernance.Api.Endpoints.Exports;
using OrleansGovernance.Api.Endpoints.Ledger;
using OrleansGovernance.Api.Endpoints.Live;
using OrleansGovernance.Api.Limits;
using OrleansGovernance.Api.Observability;

using OrleansGovernance.Api.Plans;

namespace OrleansGovernance.Api;

public static class GovernanceApi
{
    /// <summary>Registers what the endpoints need: JSON conventions, problem details, the error mapping and the request limits.</summary>
    public static IServiceCollection AddGovernanceApi(this IServiceCollection services)
    {
        services.AddOptions<ApiLimits>().BindConfiguration(ApiLimits.Section);
        services.AddClientRateLimiting();
        services.ConfigureHttpJsonOptions(options => RequireWhatTypesRequire(Configure(options.SerializerOptions)));
        services.AddProblemDetails();
        services.AddOpenApi(options => options.AddOperationTransformer(SummaryOpenApi.Transform).AddOperationTransformer(VisitsOpenApi.Transform).AddOperationTransformer(MeetingOpenApi.Transform).AddOperationTransformer(PartyRegisterOpenApi.Transform).AddOperationTransformer(ServiceDaysOpenApi.Transform));
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddGovernanceAccess();
        services.AddOptions<PlaceOptions>().BindConfiguration(PlaceOptions.Section)
            .Validate(places => places.Roots.Count > 0, "Set Places:Roots to the top places this API serves (e.g. Places__Roots__0=xiamen).")
            .ValidateOnStart();
        services.AddSingleton<PlaceTree>();

        // Malformed bodies and route values reach the exception handler, which answers them as problem details.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.TryAddSingleton(TimeProvider.System);
        services.AddApiKeys();
        services.AddEvidence();
        services.AddAuditTrail();
        services.AddIdempotency();
        services.AddOpen311Api();
        services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.Section);
        services.AddSingleton<LiveMetrics>();
        services.AddSingleton<LiveFeedQuota>();
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(provider => new RedactingLoggerFactory(new LoggerFactory(
            provider.GetServices<ILoggerProvider>(),
            provider.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
            provider.GetService<IOptions<LoggerFactoryOptions>>(),
            provider.GetService<IExternalScopeProvider>()))));
        services.AddSharedDataProtection();
        return services;
    }

    public static WebApplication MapGovernanceApi(this WebApplication app)
    {
        // A host that cannot check tokens (no key, no authority) stops here with the reason, not at its first request.
        app.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        // Cheapest refusals first; the Open311 form is read before the limiter, which may partition by its api_key,
        // and the caller is known before the limiter too, so signed-in clients are limited by who they are.
        app.UseMiddleware<StartupGate>();
        app.UseMiddleware<RequestBodyLimit>();
        app.UseMiddleware<Open311FormReader>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseIdempotencyKeys();
        app.MapApiDocs();

        // Every native endpoint needs a signed-in caller; writes add the policy of their kind of act.
        // Idempotency wraps the audit, so a replayed answer is not audited as a second write.
        var v1 = app.MapGroup("/api/v1").RequireAuthorization(AccessPolicy.Read).WithIdempotency().WithAudit();
        v1.MapRegionsApi();
        v1.MapCommunitiesApi();
        v1.MapVisitsApi();
        v1.MapPartyRegisterApi();
        v1.MapServiceDaysApi();
        v1.MapRecurringServicesApi();
        v1.MapCompoundsApi();
        v1.MapBranchesApi();
        v1.MapTicketsApi();
        v1.MapTicketListingApi();
        v1.MapChildrenApi();
        v1.MapExportsApi();
        v1.MapLiveApi();
        v1.MapPlansApi();
        v1.MapLedgerApi();
        v1.MapSealRequestsApi();
        v1.MapAuditApi();
        v1.MapNotificationsApi();
        v1.MapImportsApi();
        v1.MapWebhooksApi();
        app.MapOpen311Api();
        return app;
    }

    /// <summary>camelCase names, enums as camelCase strings, unknown members refused.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        return options;
    }

    /// <summary>
    /// Request bodies mean one thing and say it all: every constructor parameter without a default is sent, null only
    /// where the type allows it (otherwise a missing member binds silently as null or as the enum's first value: a
    /// ticket without a category would be filed as objects thrown from height); a member sent twice is refused rather
    /// than the last one winning; and a member the type only shows (computed, read-only) is refused by name rather than
    /// ignored, so a client that thinks it set it learns it did not. Only for HTTP: stored states keep their own rules.
    /// Works on whatever type a body binds to, through the resolver.
    /// </summary>
    private static void RequireWhatTypesRequire(JsonSerializerOptions options)
    {
        options.RespectRequiredConstructorParameters = true;
        options.RespectNullableAnnotations = true;
        options.AllowDuplicateProperties = false;

        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(type =>
        {
            foreach (var property in type.Properties)
            {
                // Only what comes in is held to the annotations: a stored state may hold a null they forbid (stored rows are
                // read without them), and an answer that carries it must still be written.
                if (!property.PropertyType.IsValueType)
                {
                    property.IsGetNullable = true;
                }

                if (type.Kind == JsonTypeInfoKind.Object && property.Set is null && property.AssociatedParameter is null)
                {
                    var name = property.Name;
                    property.Set = (_, _) => throw new JsonException($"'{name}' is read-only: it is computed from the rest, so leave it out.");
                }
            }
        });
    }
}
