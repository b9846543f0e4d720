using OrleansGovernance.Api.Dashboard;

namespace OrleansGovernance.Api.Tests.Dashboard;

/// <summary>The sign-in page offers the organisation's identity service only where one is configured for the dashboard.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SignInPageTests(PlatformFixture platform)
{
    private const string OidcButton = "data-action=\"sign-in-oidc\"";
    private const string Authority = "https://id.xinglin.example.cn/realms/governance";

    [Fact]
    public async Task With_an_authority_and_a_client_id_the_page_offers_the_identity_service_beside_the_token()
    {
        await using var host = await Host(new() { ["Auth:Authority"] = Authority, [OidcSignIn.ClientIdKey] = "dashboard" });

        var page = await host.Http.GetStringAsync("/sign-in");

        Assert.Contains(OidcButton, page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{OidcSignIn.Path}\"", page, StringComparison.Ordinal);
        Assert.Contains(Authority, page, StringComparison.Ordinal);
        Assert.Contains("id=\"token\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Authority, null)]
    [InlineData(null, "dashboard")]
    [InlineData(null, null)]
    public async Task Without_both_the_page_offers_only_the_token(string? authority, string? clientId)
    {
        await using var host = await Host(new() { ["Auth:Authority"] = authority, [OidcSignIn.ClientIdKey] = clientId });

        var page = await host.Http.GetStringAsync("/sign-in");

        Assert.DoesNotContain(OidcButton, page, StringComparison.Ordinal);
        Assert.Contains("id=\"token\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_platforms_own_sign_in_page_offers_only_the_token()
    {
        using var browser = platform.Anonymous();

        var page = await browser.GetStringAsync("/sign-in");

        Assert.DoesNotContain(OidcButton, page, StringComparison.Ordinal);
    }

    private Task<ClientApiHost> Host(Dictionary<string, string?> settings) => ClientApiHost.Start(platform, settings, dashboard: true);
}
