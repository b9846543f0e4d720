using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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

    /// <summary>Every page address (no file extension, as MapFallback's own) outside the API's (/api, /open311).</summary>
    private const string PageAddresses = "{**page:nonfile:regex(^(?!(api|open311)(/|$)))}";
    public const string Policy = "dashboard";

    private const string ReloadAssetsAtRuntime = "ReloadStaticAssetsAtRuntime";

    public static WebApplicationBuilder AddGovernanceDashboard(this WebApplicationBuilder builder)
    {
        // Outside Development, assets of referenced libraries (MudBlazor, the Blazor script) are only served from the
        // build output when asked for; published output carries them itself and this does nothing there.
        builder.WebHost.UseStaticWebAssets();

        // Run from its build output (the README's `dotnet run`, the tests), ASP.NET Core serves assets as for a developer
        // editing them: every address "no-cache", and any file whose date differs from the manifest's re-sent in a gzip
        // wrapper without compression, which MudBlazor's stylesheet always does (its package states it a second late).
        // The dashboard's readers are not editing it: serve the build's compressed, fingerprinted assets as published.
        // Setting ReloadStaticAssetsAtRuntime to true brings the editing mode back.
        builder.Configuration[ReloadAssetsAtRuntime] ??= "false";
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddCascadingAuthenticationState();
        services.AddSingleton<TokenSignIn>();
        services.AddScoped<RequestQueue>();
        services.AddSingleton<DashboardAudit>();
        services.AddOptions<DashboardSignInOptions>().BindConfiguration(DashboardSignInOptions.Section);
        services.AddSingleton<OneTimeSignIn>();
        services.TryAddKeyedSingleton(OneTimeSignIn.ConsoleKey, Console.Out);
        services.AddHostedService<OneTimeSignInAnnouncement>();

        // A scheme beside the API's bearer scheme, not instead of it: the API never accepts the dashboard's cookie.
        var authentication = services.AddAuthentication().AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = "og-dashboard";
            cookie.LoginPath = "/sign-in";
            cookie.AccessDeniedPath = "/sign-in";
        });
        OidcSignIn.Register(services, authentication, builder.Configuration);
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

        // People get pages, programs keep their problem details: a failure or an empty 4xx outside the API is answered
        // with a Chinese page (no exception text), in place, keeping its status.
        app.UseWhen(context => !DashboardCulture.IsApiPath(context.Request.Path), branch =>
        {
            branch.UseMiddleware<StatusPages>();
            branch.UseMiddleware<PageExistence>();
        });
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .RequireAuthorization(Policy);
        app.MapGet("/culture", DashboardCulture.Switch).AllowAnonymous();
        app.MapEvidenceRoute();
        app.MapGet(OidcSignIn.Path, OidcSignIn.Challenge).AllowAnonymous();

        // A page address nothing answers is a 404 for everyone, signed in or not, shown with the status page. Only reads
        // of pages: an API route asked with the wrong method or body keeps routing's own 405 or 415.
        app.MapFallback(PageAddresses, context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head])).AllowAnonymous();
        return app;
    }
}
