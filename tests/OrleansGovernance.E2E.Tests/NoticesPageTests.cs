using System.Net.Http.Json;
using System.Text.Json;
using OrleansGovernance.Api.Access;
using static Microsoft.Playwright.Assertions;

using Xunit.Abstractions;

namespace OrleansGovernance.E2E.Tests;

public sealed class NoticesPageTests(DashboardFixture dashboard, ITestOutputHelper output) : DashboardTest(dashboard, output)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";

    [Fact]
    public async Task An_administrator_reads_a_reporter_s_notice_in_the_local_outbox_on_a_desk_and_on_a_phone()
    {
        using var resident = Dashboard.Host.Api(Roles.Resident, "resident-e2e-notices");
        var filed = await resident.PostAsJsonAsync("/api/v1/tickets", new
        {
            compoundId = Fangzhi + ".hualing-garden",
            category = "sanitation",
            channel = "walkIn",
            description = "Bins not emptied",
            reporter = new { name = "陈阿姨", email = "chen.e2e@example.cn" },
        });
        filed.EnsureSuccessStatusCode();
        var id = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var staff = Dashboard.Host.Api(Roles.Staff, "grid-worker-e2e", Fangzhi);
        (await staff.PostAsJsonAsync($"/api/v1/tickets/{id}/acknowledge", new { })).EnsureSuccessStatusCode();
        var page = await Dashboard.SignedIn("/", Roles.Admin, "admin-e2e");

        await page.ClickAsync("[data-nav=notices]");
        var notice = page.Locator($"[data-notice='{id}:2:acknowledged']");
        for (var attempt = 0; attempt < 20 && await notice.CountAsync() == 0; attempt++)
        {
            // The notice reaches the outbox a moment after the step; the page shows what was there when it opened.
            await Task.Delay(500);
            await page.ReloadAsync();
        }

        await Expect(notice).ToContainTextAsync("已受理");
        await Expect(page.Locator("[data-list=outbox]")).ToContainTextAsync("c***@example.cn");
        await Expect(page.Locator("[data-list=outbox]")).Not.ToContainTextAsync("chen.e2e");
        await DashboardFixture.Screenshot(page, "notices-admin");
        await page.SetViewportSizeAsync(390, 844);
        await Expect(notice).ToBeVisibleAsync();
        await DashboardFixture.Screenshot(page, "notices-admin-phone");
    }

    [Fact]
    public async Task Staff_are_not_shown_the_notices()
    {
        var page = await Dashboard.SignedIn("/notices", Roles.Staff, "grid-worker-e2e", Fangzhi);

        await Expect(page.Locator("[data-refused=notices]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-nav=notices]")).ToHaveCountAsync(0);
    }
}
