using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using OrleansGovernance.Api.Access;
using static Microsoft.Playwright.Assertions;

using Xunit.Abstractions;

namespace OrleansGovernance.E2E.Tests;

public sealed class LedgerPageTests(DashboardFixture dashboard, ITestOutputHelper output) : DashboardTest(dashboard, output)
{
    // A seeded bookkeeping compound.
    private const string Hualing = "xiamen.jimei.xinglin.fangzhi.hualing-garden";

    [Fact]
    public async Task An_owner_reaches_a_seeded_ledger_from_the_compound_overview_and_sees_its_published_balance()
    {
        using var api = Dashboard.Host.Api(Roles.Resident, "owner-hualing");
        var ledger = await api.GetFromJsonAsync<JsonElement>($"/api/v1/compounds/{Hualing}/ledger");
        var balance = "¥" + ledger.GetProperty("balance").GetDecimal().ToString("N2", CultureInfo.InvariantCulture);
        var page = await Dashboard.SignedIn($"/places/{Hualing}", Roles.Resident, "owner-hualing");

        await page.ClickAsync("[data-link=ledger]");

        await Expect(page.Locator("[data-sight=published]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-figure=ledger-balance]")).ToHaveTextAsync(balance);
        await Expect(page.Locator("[data-entry]").First).ToBeVisibleAsync();
        await DashboardFixture.Screenshot(page, "ledger-owner");
    }
}
