using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>
/// Signing in to the dashboard through the OIDC authority that already signs the API's tokens (Auth:Authority), with the
/// dashboard registered there as a client (Dashboard:OidcClientId). The account must carry one role this platform knows,
/// as a pasted token must; the cookie then keeps the same subject, role and scopes.
/// </summary>
public sealed class OidcSignIn(string? authority)
{
    public const string Scheme = "dashboard-oidc";
    public const string Path = "/sign-in/oidc";
    public const string ClientIdKey = DashboardSignInOptions.Section + ":OidcClientId";
    public const string ClientSecretKey = DashboardSignInOptions.Section + ":OidcClientSecret";

    /// <summary>The authority's address when the dashboard may sign in through it, else null (no button, no handler).</summary>
    public string? Authority { get; } = authority;

    public static void Register(IServiceCollection services, AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var authority = configuration[$"{AccessOptions.Section}:{nameof(AccessOptions.Authority)}"];
        var clientId = configuration[ClientIdKey];
        if (string.IsNullOrWhiteSpace(authority) || string.IsNullOrWhiteSpace(clientId))
        {
            // Registered only when usable: the authentication middleware asks every remote scheme about every request.
            services.AddSingleton(new OidcSignIn(null));
            return;
        }

        services.AddSingleton(new OidcSignIn(authority));
        authentication.AddOpenIdConnect(Scheme, oidc =>
        {
            oidc.Authority = authority;
            oidc.ClientId = clientId;
            oidc.ClientSecret = configuration[ClientSecretKey];
            oidc.ResponseType = "code";
            oidc.UsePkce = true;
            oidc.SignInScheme = DashboardHosting.Scheme;
            oidc.CallbackPath = "/sign-in/oidc-callback";
            oidc.MapInboundClaims = false;
            oidc.GetClaimsFromUserInfoEndpoint = true;
            oidc.Events.OnTokenValidated = context =>
            {
                if (!Caller.HasOneKnownRole(context.Principal))
                {
                    context.Fail("the account carries no single role this platform knows");
                    return Task.CompletedTask;
                }

                var identity = new ClaimsIdentity(
                    context.Principal!.Claims.Where(c => c.Type is Caller.SubjectClaim or Caller.RoleClaim or Caller.ScopeClaim),
                    DashboardHosting.Scheme,
                    Caller.SubjectClaim,
                    Caller.RoleClaim);
                context.Principal = new ClaimsPrincipal(identity);
                if (context.Properties is { } properties && properties.RedirectUri is null or "/")
                {
                    properties.RedirectUri = Landing.For(Caller.From(context.Principal));
                }

                return Task.CompletedTask;
            };
            oidc.Events.OnRemoteFailure = context =>
            {
                context.Response.Redirect("/sign-in?failed=authority");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>GET /sign-in/oidc: off to the authority, and back to where the reader was going.</summary>
    public static IResult Challenge(string? returnUrl) =>
        Results.Challenge(new AuthenticationProperties { RedirectUri = DashboardCulture.IsLocal(returnUrl) ? returnUrl : "/" }, [Scheme]);
}
