using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Dashboard;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Dashboard;

namespace OrleansGovernance.Api.Observability;

/// <summary>
/// The Orleans Dashboard (silos, activations, grain calls, reminders, grain state) under <c>/orleans</c>, for admins
/// only: it shows grain state, personal data included. A browser signs in through the web dashboard's cookie
/// (anonymous visitors are sent to its sign-in page and come back); a script sends an admin bearer token.
/// Silos register its collectors (<c>AddDashboard</c> on the silo builder), the API host its client part.
/// Its grain-state view is refused: tickets hold reporters' personal data, which admins see masked everywhere else.
/// Its trace (the host's live log) is switched off and refused: logs name callers and the requests they make, which
/// no reader of the dashboard needs, and one missed redaction there would show credentials to every admin.
/// </summary>
public static class ClusterDashboard
{
    public const string Path = "/orleans";
    public const string Policy = "orleans-dashboard";

    // Picks the bearer scheme when the request carries a token, the dashboard's cookie otherwise, so a browser is
    // redirected to sign in instead of getting a bare 401, and a script gets 401/403 instead of a redirect.
    private const string Scheme = "orleans-dashboard";

    public static IServiceCollection AddClusterDashboardAccess(this IServiceCollection services)
    {
        services.AddAuthentication().AddPolicyScheme(Scheme, null, scheme => scheme.ForwardDefaultSelector = context =>
            context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                ? JwtBearerDefaults.AuthenticationScheme
                : DashboardHosting.Scheme);
        services.Configure<DashboardOptions>(options => options.HideTrace = true);
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(Caller.RoleClaim, Roles.Admin));
        return services;
    }

    /// <summary>Call after the web dashboard is mapped: its cookie scheme signs browsers in.</summary>
    public static WebApplication MapClusterDashboard(this WebApplication app)
    {
        // Not part of the platform's API contract, so kept out of the OpenAPI document.
        app.MapOrleansDashboard(Path).RequireAuthorization(Policy).ExcludeFromDescription().AddEndpointFilter((context, next) =>
            context.HttpContext.Request.Path.StartsWithSegments($"{Path}/GrainState", StringComparison.OrdinalIgnoreCase)
                ? ValueTask.FromResult<object?>(TypedResults.Problem(
                    "Grain state holds residents' personal data, which the platform shows admins masked; read it through the API.",
                    statusCode: StatusCodes.Status403Forbidden))
                : context.HttpContext.Request.Path.StartsWithSegments($"{Path}/Trace", StringComparison.OrdinalIgnoreCase)
                ? ValueTask.FromResult<object?>(TypedResults.Problem(
                    "The host's live log is not served: it names callers and their requests. Operators read the host's own logs.",
                    statusCode: StatusCodes.Status403Forbidden))
                : next(context));
        return app;
    }
}
