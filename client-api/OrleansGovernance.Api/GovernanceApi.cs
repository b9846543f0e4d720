using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansGovernance.Api.Endpoints;
using OrleansGovernance.Api.Limits;

namespace OrleansGovernance.Api;

public static class GovernanceApi
{
    /// <summary>Registers what the endpoints need: JSON conventions, problem details, the error mapping and the request limits.</summary>
    public static IServiceCollection AddGovernanceApi(this IServiceCollection services)
    {
        services.AddOptions<ApiLimits>().BindConfiguration(ApiLimits.Section);
        services.AddClientRateLimiting();
        services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));
        services.AddProblemDetails();
        services.AddOpenApi(options => options.AddOperationTransformer(SummaryOpenApi.Transform));
        services.AddExceptionHandler<ProblemExceptionHandler>();

        // Malformed bodies and route values reach the exception handler, which answers them as problem details.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    public static WebApplication MapGovernanceApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Cheapest refusals first; the Open311 form is read before the limiter, which may partition by its api_key.
        app.UseMiddleware<StartupGate>();
        app.UseMiddleware<RequestBodyLimit>();
        app.UseMiddleware<Open311FormReader>();
        app.UseRateLimiter();
        app.MapApiDocs();
        var v1 = app.MapGroup("/api/v1");
        v1.MapRegionsApi();
        v1.MapCommunitiesApi();
        v1.MapCompoundsApi();
        v1.MapBranchesApi();
        v1.MapTicketsApi();
        v1.MapPlansApi();
        return app;
    }

    /// <summary>camelCase names, enums as camelCase strings, unknown members refused.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    }
}
