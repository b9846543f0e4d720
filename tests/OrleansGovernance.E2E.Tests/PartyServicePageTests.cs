using OrleansGovernance.Api.Access;
using static Microsoft.Playwright.Assertions;

using Xunit.Abstractions;

namespace OrleansGovernance.E2E.Tests;

public sealed class PartyServicePageTests(DashboardFixture dashboard, ITestOutputHelper output) : DashboardTest(dashboard, output)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";

    [Fact]
    public async Task A_viewer_reaches_the_party_service_page_from_the_community_and_sees_members_only_by_reference()
    {
        var page = await Dashboard.SignedIn($"/places/{Fangzhi}", Roles.Viewer, "viewer-party");

        await page.ClickAsync("[data-link=party]");

        await Expect(page.Locator("[data-figure=party-registered]")).Not.ToHaveTextAsync("0");
        await Expect(page.Locator("[data-masked=true]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-member=pm-1]")).ToHaveTextAsync("pm-1");
        await Expect(page.Locator("[data-action=record-service]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Staff_record_a_service_on_a_phone_and_it_heads_the_latest_services()
    {
        var page = await Viewports.SignedIn(Dashboard, Viewports.Phone, Roles.Staff, "staff-party-phone", Fangzhi);
        await page.GotoAsync($"/communities/{Fangzhi}/party");
        await DashboardFixture.Ready(page);
        var first = await page.Locator("[data-service]").First.GetAttributeAsync("data-service");

        await page.ClickAsync("[data-input=team]");
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await page.ClickAsync("[data-input=members]");
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("textarea[data-input=description], [data-input=description] textarea").FillAsync("清理楼道杂物");
        await page.ClickAsync("[data-action=record-service]");

        await Expect(page.Locator("[data-service]").First).Not.ToHaveAttributeAsync("data-service", first!);
        await Expect(page.Locator("[data-problem]")).ToHaveCountAsync(0);
        await DashboardFixture.Screenshot(page, "party-service-phone");
    }
}
