using System.Text.Json;
using Microsoft.Playwright;
using OrleansGovernance.Api.Access;
using static Microsoft.Playwright.Assertions;

using Xunit.Abstractions;

namespace OrleansGovernance.E2E.Tests;

public sealed class OverviewTests(DashboardFixture dashboard, ITestOutputHelper output) : DashboardTest(dashboard, output)
{
    private const string Xinglin = "xiamen.jimei.xinglin";
    private const string Ningbao = Xinglin + ".ningbao";

    [Fact]
    public async Task The_root_shows_the_city_and_drills_down_to_Xinglin_with_the_report_figures_and_on_to_Ningbao()
    {
        var page = await Dashboard.SignedIn("/", Roles.Viewer, "viewer-overview");
        await Expect(page.Locator("[data-place]")).ToHaveAttributeAsync("data-place", "xiamen");
        await page.ClickAsync("[data-child='xiamen.jimei']");
        await page.ClickAsync($"[data-child='{Xinglin}']");
        await Expect(page.Locator("[data-place]")).ToHaveAttributeAsync("data-place", Xinglin);

        // The report's figures, as the API's summary tests know them.
        await Expect(page.Locator("[data-figure=communities]")).ToHaveTextAsync("11");
        await Expect(page.Locator("[data-figure=compound-branches]")).ToHaveTextAsync("97");
        await Expect(page.Locator("[data-figure=owners-committees]")).ToHaveTextAsync("35");
        await Expect(page.Locator("[data-figure=committee-party-members]")).ToHaveTextAsync("41");
        await Expect(page.Locator("[data-figure=dual-seal]")).ToHaveTextAsync("3");
        await Expect(page.Locator("[data-figure=bookkeeping]")).ToHaveTextAsync("25");
        await Expect(page.Locator("[data-figure=manager-deputy-secretaries]")).ToHaveTextAsync("16");
        await Expect(page.Locator("[data-children]")).ToHaveAttributeAsync("data-children", "11");
        await DashboardFixture.Screenshot(page, "overview-xinglin");

        await page.ClickAsync($"[data-child='{Ningbao}']");

        await Expect(page.Locator("[data-place]")).ToHaveAttributeAsync("data-place", Ningbao);
        using var api = Dashboard.Host.Api(Roles.Viewer, "viewer-overview");
        using var summary = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/communities/{Ningbao}/summary"));
        var ningbao = summary.RootElement;
        await Expect(page.Locator("[data-figure=compounds]")).ToHaveTextAsync(ningbao.GetProperty("compounds").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-figure=owners-committees]")).ToHaveTextAsync(ningbao.GetProperty("ownersCommittees").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-figure=committee-party-members]")).ToHaveTextAsync(ningbao.GetProperty("ownersCommitteePartyMembers").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-breadcrumbs]")).ToHaveAttributeAsync("data-breadcrumbs", "4");
        await DashboardFixture.Screenshot(page, "overview-ningbao");
    }

    [Fact]
    public async Task The_overview_reads_in_Chinese_first_and_switches_to_English()
    {
        var page = await Dashboard.SignedIn($"/places/{Xinglin}", Roles.Viewer, "viewer-language");
        await Expect(page.Locator("[data-place]")).ToHaveTextAsync("杏林街道");
        await Expect(page.GetByText("组织覆盖")).ToBeVisibleAsync();

        await page.ClickAsync("[data-nav=language]");
        await DashboardFixture.Ready(page);

        await Expect(page.Locator("[data-place]")).ToHaveTextAsync("Xinglin");
        await Expect(page.GetByText("Organisation coverage")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-figure=communities]")).ToHaveTextAsync("11");
        await DashboardFixture.Screenshot(page, "overview-xinglin-english");
    }
}
