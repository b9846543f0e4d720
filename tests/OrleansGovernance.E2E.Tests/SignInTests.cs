using Microsoft.Playwright;
using OrleansGovernance.Api.Access;
using static Microsoft.Playwright.Assertions;

using Xunit.Abstractions;

namespace OrleansGovernance.E2E.Tests;

public sealed class SignInTests(DashboardFixture dashboard, ITestOutputHelper output) : DashboardTest(dashboard, output)
{
    [Fact]
    public async Task Without_a_token_every_page_leads_to_sign_in_and_a_token_from_another_key_is_refused()
    {
        var page = await Dashboard.Anonymous();
        await page.GotoAsync("/desk");
        Assert.StartsWith(new Uri(Dashboard.Host.BaseAddress, "/sign-in").ToString(), page.Url, StringComparison.Ordinal);

        var foreign = new AccessTokens(new AccessOptions { SigningKey = Convert.ToBase64String(new byte[32]) }, AppContext.BaseDirectory, TimeProvider.System);
        await page.FillAsync("#token", foreign.Issue(Roles.Admin, [], "intruder"));
        await page.ClickAsync("[data-action=sign-in]");

        await Expect(page.Locator("[data-sign-in=refused]")).ToBeVisibleAsync();
        await page.GotoAsync("/");
        Assert.StartsWith(new Uri(Dashboard.Host.BaseAddress, "/sign-in").ToString(), page.Url, StringComparison.Ordinal);
        await DashboardFixture.Screenshot(page, "sign-in-refused");
    }
}
