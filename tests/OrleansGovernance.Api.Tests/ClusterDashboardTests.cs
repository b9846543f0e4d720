using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Dashboard;

namespace OrleansGovernance.Api.Tests;

/// <summary>The Orleans Dashboard at /orleans: admins only, whether signed in with the web dashboard's cookie or a bearer token.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ClusterDashboardTests(PlatformFixture platform)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";

    [Fact]
    public async Task An_anonymous_browser_is_sent_to_sign_in_and_comes_back_to_the_cluster_dashboard()
    {
        using var browser = Client();

        var response = await browser.GetAsync("/orleans/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Forleans%2F", response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.PlanOwner)]
    [InlineData(Roles.Resident)]
    public async Task Roles_other_than_admin_are_refused_with_a_token_and_with_the_dashboards_cookie(string role)
    {
        using var bearer = Client(bearer: platform.Token(role, $"{role}-1", Fangzhi));
        using var signedIn = Client(cookie: Cookie(role));

        var withToken = await bearer.GetAsync("/orleans/ClusterStats");
        var withCookie = await signedIn.GetAsync("/orleans/");

        Assert.Equal(HttpStatusCode.Forbidden, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withCookie.StatusCode);
        Assert.Equal("/sign-in", withCookie.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task An_admin_gets_the_dashboard_and_its_cluster_figures_by_cookie_or_token()
    {
        using var bearer = Client(bearer: platform.Token(Roles.Admin, "admin-1"));
        using var signedIn = Client(cookie: Cookie(Roles.Admin));

        var page = await signedIn.GetAsync("/orleans/");
        var stats = await bearer.GetAsync("/orleans/DashboardCounters");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        Assert.Contains("\"totalActiveHostCount\":1", await stats.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grain_state_is_refused_even_to_admins_because_tickets_hold_personal_data()
    {
        using var bearer = Client(bearer: platform.Token(Roles.Admin, "admin-1"));

        var response = await bearer.GetAsync("/orleans/GrainState?grainId=xiamen.jimei.xinglin.fangzhi&grainType=OrleansGovernance.Grains.CommunityGrain");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_dashboards_routes_stay_out_of_the_openapi_document()
    {
        using var admin = platform.CreateClient();

        var document = await admin.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/v1/regions/{id}/summary", document, StringComparison.Ordinal);
        Assert.DoesNotContain("\"/orleans", document, StringComparison.Ordinal);
    }

    private HttpClient Client(string? bearer = null, string? cookie = null)
    {
        var client = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = bearer is null ? null : new AuthenticationHeaderValue("Bearer", bearer);
        if (cookie is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", cookie);
        }

        return client;
    }

    /// <summary>The cookie the web dashboard's sign-in page issues for a token of <paramref name="role"/>, sealed by the host itself.</summary>
    private string Cookie(string role)
    {
        var options = platform.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(DashboardHosting.Scheme);
        var identity = new ClaimsIdentity([new(Caller.SubjectClaim, $"{role}-1"), new(Caller.RoleClaim, role)], DashboardHosting.Scheme, Caller.SubjectClaim, Caller.RoleClaim);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), DashboardHosting.Scheme);
        return $"{options.Cookie.Name}={options.TicketDataFormat.Protect(ticket)}";
    }
}
