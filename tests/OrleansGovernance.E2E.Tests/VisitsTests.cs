using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OrleansGovernance.Api.Access;
using static Microsoft.Playwright.Assertions;

using Xunit.Abstractions;

namespace OrleansGovernance.E2E.Tests;

public sealed class VisitsTests(DashboardFixture dashboard, ITestOutputHelper output) : DashboardTest(dashboard, output)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";

    [Fact]
    public async Task A_grid_worker_records_a_door_visit_on_a_phone_files_a_request_from_it_and_the_month_figure_moves()
    {
        var page = await Dashboard.SignedInNamed($"/communities/{Fangzhi}/visits", Roles.Staff, "grid-worker-visits", "吴晓峰", Fangzhi);
        await page.SetViewportSizeAsync(390, 844);
        await Expect(page).ToHaveTitleAsync(new Regex("^走访"));
        var month = page.Locator("[data-figure=visits-month]");
        await Expect(month).ToHaveTextAsync(new Regex(@"^\d+$"));
        var before = int.Parse(await month.TextContentAsync() ?? "", NumberStyles.Integer, CultureInfo.InvariantCulture);

        // The seed leaves one household in difficulty past its cadence: listed for the staff who go to its door.
        await Expect(page.Locator("[data-overdue-household=fz-h-003]")).ToBeVisibleAsync();

        await page.Locator("[data-input=household]").SelectOptionAsync("fz-h-001");
        await page.Locator("[data-input=kind-inDifficulty]").CheckAsync();
        await page.Locator("[data-input=findings]").FillAsync("独居老人，卫生间需要加装扶手");
        await page.Locator("[data-input=file-request]").CheckAsync();
        await page.Locator("[data-input=category]").SelectOptionAsync("ElderlyCare");
        await page.Locator("[data-action=record-visit]").ClickAsync();

        await Expect(page.Locator("[data-done=true]")).ToContainTextAsync("已登记对fz-h-001的走访，并提交诉求");
        await Expect(month).ToHaveTextAsync((before + 1).ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-visit]").First).ToContainTextAsync("卫生间需要加装扶手");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the visits page scrolls sideways at 390 px");
        // From the top, where the fixed bar stands over the page's beginning rather than over the form.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await DashboardFixture.Screenshot(page, "visits-phone");

        await page.SetViewportSizeAsync(1440, 900);
        await DashboardFixture.Screenshot(page, "visits-desktop");
    }

    [Fact]
    public async Task A_viewer_sees_the_door_visit_figures_but_no_household_and_no_form()
    {
        using var api = Dashboard.Host.Api(Roles.Viewer, "viewer-visits-api");
        var cadence = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/communities/{Fangzhi}/summary")).GetProperty("cadence");
        var page = await Dashboard.SignedIn($"/communities/{Fangzhi}/visits", Roles.Viewer, "viewer-visits");

        // The seed leaves at least one household overdue at its own time; the clock has moved on since, so maybe more.
        Assert.True(cadence.GetProperty("overdue").GetInt32() >= 1);
        await Expect(page.Locator("[data-figure=visits-within-cadence]")).ToHaveTextAsync(new Regex(@"%$"));
        await Expect(page.Locator("[data-figure=visits-overdue]")).ToHaveTextAsync(cadence.GetProperty("overdue").GetInt32().ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-visit-month]").First).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-input=household]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-overdue-household]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-visit]").CountAsync());
    }

    [Fact]
    public async Task A_household_past_its_cadence_is_on_the_desk_and_its_community_in_the_overviews_attention_list()
    {
        var desk = await Dashboard.SignedIn("/desk", Roles.Staff, "grid-worker-desk-visits", Fangzhi);
        await desk.SetViewportSizeAsync(390, 844);

        await Expect(desk.Locator("[data-desk-visits] [data-overdue-household=fz-h-003]")).ToBeVisibleAsync();
        await desk.Locator("[data-desk-visits] [data-link=visits]").ClickAsync();
        await Expect(desk).ToHaveURLAsync(new Regex($"/communities/{Regex.Escape(Fangzhi)}/visits$"));

        var overview = await Dashboard.SignedIn("/places/xiamen.jimei.xinglin", Roles.Viewer, "viewer-visits-attention");
        var item = overview.Locator($"[data-attention=visits][data-attention-id='{Fangzhi}']");
        await Expect(item).ToHaveAttributeAsync("href", $"/communities/{Fangzhi}/visits");
    }
}
