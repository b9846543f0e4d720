using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.ApiKeys;
using OrleansGovernance.Api.Endpoints;
using OrleansGovernance.Api.Open311;

namespace OrleansGovernance.Api;

public static class GovernanceApi
{
    /// <summary>Registers what the endpoints need: JSON conventions, problem details and the error mapping.</summary>
    public static IServiceCollection AddGovernanceApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options => RequireWhatTypesRequire(Configure(options.SerializerOptions)));
        services.AddProblemDetails();
        services.AddOpenApi(options => options.AddOperationTransformer(SummaryOpenApi.Transform));
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddGovernanceAccess();

        // Malformed bodies and route values reach the exception handler, which answers them as problem details.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.TryAddSingleton(TimeProvider.System);
        services.AddApiKeys();
        services.AddOpen311Api();
        return services;
    }

    public static WebApplication MapGovernanceApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();

        // Every native endpoint needs a signed-in caller; writes add the policy of their kind of act.
        var v1 = app.MapGroup("/api/v1").RequireAuthorization(AccessPolicy.Read);
        v1.MapRegionsApi();
        v1.MapCommunitiesApi();
        v1.MapCompoundsApi();
        v1.MapBranchesApi();
        v1.MapTicketsApi();
        v1.MapPlansApi();
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
    /// Request bodies must send every constructor parameter without a default and may not send null where the type
    /// says non-null; otherwise a missing member binds silently as null or as the enum's first value (a ticket without
    /// a category would be filed as objects thrown from height). Only for HTTP: stored states keep their own rules.
    /// </summary>
    private static void RequireWhatTypesRequire(JsonSerializerOptions options)
    {
        options.RespectRequiredConstructorParameters = true;
        options.RespectNullableAnnotations = true;

        // Only what comes in is held to the annotations: a null stored before they were enforced must still be readable.
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(type =>
        {
            foreach (var property in type.Properties.Where(p => !p.PropertyType.IsValueType))
            {
                property.IsGetNullable = true;
            }
        });
    }
}
