using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Api.Dashboard.Components;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>
/// The web dashboard at the site's root: Blazor components rendered on the server, so that figures pushed by the
/// grains to the circuit reach the page at once. Signed in with the API's own tokens, kept in a cookie of its own.
/// </summary>
public static class DashboardHosting
{
    public const string Scheme = "dashboard";
    public const string Policy = "dashboard";

    public static WebApplicationBuilder AddGovernanceDashboard(this WebApplicationBuilder builder)
    {
        // Outside Development, assets of referenced libraries (MudBlazor, the Blazor script) are only served from the
        // build output when asked for; published output carries them itself and this does nothing there.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddCascadingAuthenticationState();
        services.AddSingleton<TokenSignIn>();
        services.AddScoped<RequestQueue>();
        services.AddSingleton<DashboardAudit>();

        // A scheme beside the API's bearer scheme, not instead of it: the API never accepts the dashboard's cookie.
        services.AddAuthentication().AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = "og-dashboard";
            cookie.LoginPath = "/sign-in";
            cookie.AccessDeniedPath = "/sign-in";
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        return builder;
    }

    /// <summary>Maps the dashboard; call after <see cref="GovernanceApi.MapGovernanceApi"/>, whose middleware it relies on.</summary>
    public static WebApplication MapGovernanceDashboard(this WebApplication app)
    {
        // Chinese first; the culture cookie (set by the language switch) picks English. API routes keep the invariant culture.
        app.UseWhen(context => !DashboardCulture.IsApiPath(context.Request.Path), branch => branch.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture(DashboardCulture.Chinese)
                .AddSupportedCultures(DashboardCulture.Supported)
                .AddSupportedUICultures(DashboardCulture.Supported);
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        }));
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .RequireAuthorization(Policy);
        app.MapGet("/culture", DashboardCulture.Switch).AllowAnonymous();
        app.MapEvidenceRoute();
        return app;
    }
}
