using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OrleansGovernance.Api.Access;
using static Microsoft.Playwright.Assertions;

using Xunit.Abstractions;

namespace OrleansGovernance.E2E.Tests;

public sealed partial class FirstRunTests(DashboardFixture dashboard, ITestOutputHelper output) : DashboardTest(dashboard, output)
{
    [Fact]
    public async Task The_printed_link_signs_the_local_administrator_in_once_and_a_second_use_explains_in_Chinese()
    {
        var link = await PrintedLink();

        var newcomer = await Dashboard.Anonymous();
        await newcomer.GotoAsync(link);
        await DashboardFixture.Ready(newcomer);
        Assert.Equal("/", new Uri(newcomer.Url).AbsolutePath);
        await Expect(newcomer.Locator("[data-caller]")).ToHaveAttributeAsync("data-caller", Roles.Admin);
        await DashboardFixture.Screenshot(newcomer, "first-run-landed");

        var second = await Dashboard.Anonymous(Viewports.Phone.Width, Viewports.Phone.Height);
        var response = await second.GotoAsync(link);
        Assert.Equal(410, response!.Status);
        await Expect(second.Locator("[data-sign-in=spent]")).ToHaveTextAsync("登录链接已失效");
        await Expect(second.Locator("a[href='/sign-in']")).ToBeVisibleAsync();
        await DashboardFixture.Screenshot(second, "first-run-link-spent-phone");

        // The spent link signed nobody in.
        await second.GotoAsync("/");
        Assert.StartsWith("/sign-in", new Uri(second.Url).PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.PlanOwner, "/my-plans")]
    [InlineData(Roles.Staff, "/desk")]
    [InlineData(Roles.Admin, "/")]
    public async Task Signing_in_without_a_destination_lands_each_role_on_its_own_page(string role, string landing)
    {
        var page = await Dashboard.Anonymous();
        await page.GotoAsync("/sign-in");
        await page.FillAsync("#token", Dashboard.Host.Token(role, $"{role}-landing", "xiamen.jimei.xinglin.fangzhi"));
        await page.ClickAsync("[data-action=sign-in]");

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == landing);
    }

    [Fact]
    public async Task The_sign_in_page_is_Chinese_explains_the_token_and_offers_no_authority_when_none_is_configured()
    {
        foreach (var viewport in Viewports.Both)
        {
            var page = await Dashboard.Anonymous(viewport.Width, viewport.Height);
            await page.GotoAsync("/sign-in");
            await Expect(page).ToHaveTitleAsync("登录 · 社区治理");
            await Expect(page.Locator("label[for=token]")).ToHaveTextAsync("访问令牌");
            await Expect(page.Locator("#token-help")).ToContainTextAsync("eyJ");
            await Expect(page.Locator("[data-action=sign-in-oidc]")).ToHaveCountAsync(0);
            await DashboardFixture.Screenshot(page, $"sign-in-{viewport.Name}");
        }
    }

    private async Task<string> PrintedLink()
    {
        for (var waited = 0; waited < 100; waited++)
        {
            if (Link().Match(Dashboard.Host.Console.ToString()) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"the host printed no sign-in link: {Dashboard.Host.Console}");
    }

    [GeneratedRegex(@"https?://[^/\s]+(/sign-in/once\?secret=[A-Za-z0-9_-]+)")]
    private static partial Regex Link();
}
