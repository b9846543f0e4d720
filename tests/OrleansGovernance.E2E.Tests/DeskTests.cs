using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OrleansGovernance.Api.Access;
using static Microsoft.Playwright.Assertions;

using Xunit.Abstractions;

namespace OrleansGovernance.E2E.Tests;

public sealed class DeskTests(DashboardFixture dashboard, ITestOutputHelper output) : DashboardTest(dashboard, output)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";
    private const string Hualing = Fangzhi + ".hualing-garden";

    [Fact]
    public async Task Staff_take_a_request_from_the_desk_to_settled_the_overview_open_count_drops_and_each_step_is_audited()
    {
        var overview = await Dashboard.SignedIn($"/places/{Fangzhi}", Roles.Viewer, "viewer-desk");
        using var api = Dashboard.Host.Api(Roles.Viewer, "viewer-desk");
        var submittedBefore = Requests(await Summary(api)).GetProperty("submitted").GetInt32();
        var id = await File("E-bike charging in lift 2");
        var withIt = await Eventually.Until(() => Summary(api), s => Requests(s).GetProperty("submitted").GetInt32() > submittedBefore);
        var openWithIt = Requests(withIt).GetProperty("open").GetInt32();
        var open = overview.Locator("[data-figure=requests-open]");
        await Expect(open).ToHaveTextAsync(openWithIt.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var desk = await Dashboard.SignedIn("/desk", Roles.Staff, "grid-worker-fangzhi", Fangzhi);
        var row = desk.Locator("tr", new PageLocatorOptions { Has = desk.Locator($"[data-ticket='{id}']") });
        await row.Locator("[data-action=acknowledge]").ClickAsync();
        await Expect(row.Locator("[data-ticket]")).ToHaveAttributeAsync("data-status", "Acknowledged");
        await DashboardFixture.Screenshot(desk, "desk-acknowledged");
        await row.Locator("[data-action=claim]").ClickAsync();
        await Expect(row.Locator("[data-ticket]")).ToHaveAttributeAsync("data-status", "Claimed");
        await row.Locator("[data-action=settle]").ClickAsync();

        // Settled requests leave the queue, and the overview, open all along, shows one open request fewer: pushed
        // by the grains, so well within the 3 seconds allowed here for a loaded two-core test machine.
        await Expect(desk.Locator($"[data-ticket='{id}']")).ToHaveCountAsync(0);
        await Expect(open).ToHaveTextAsync((openWithIt - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new LocatorAssertionsToHaveTextOptions { Timeout = 3000 });
        await DashboardFixture.Screenshot(overview, "overview-after-desk");
        var ticket = await api.GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}");
        Assert.Equal(["grid-worker-fangzhi"], ticket.GetProperty("history").EnumerateArray().Skip(1).Select(t => t.GetProperty("by").GetString()).Distinct());
        Assert.Equal(
            ["resident-hualing POST /api/v1/tickets/ 201", "grid-worker-fangzhi dashboard desk acknowledge 200", "grid-worker-fangzhi dashboard desk claim 200", "grid-worker-fangzhi dashboard desk settle 200"],
            await Dashboard.Host.AuditOf(id));
    }

    [Fact]
    public async Task The_desk_is_not_offered_to_a_viewer()
    {
        var page = await Dashboard.SignedIn("/desk", Roles.Viewer, "viewer-no-desk");

        await Expect(page.GetByText("诉求工作台仅供工作人员使用。")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-nav=desk]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-action=acknowledge]").CountAsync());
    }

    private async Task<string> File(string description)
    {
        using var resident = Dashboard.Host.Api(Roles.Resident, "resident-hualing");
        var response = await resident.PostAsJsonAsync("/api/v1/tickets", new { compoundId = Hualing, category = "ebikeInLift", channel = "propertyOffice", description });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static Task<JsonElement> Summary(HttpClient api) => api.GetFromJsonAsync<JsonElement>($"/api/v1/communities/{Fangzhi}/summary");

    private static JsonElement Requests(JsonElement summary) => summary.GetProperty("requests");
}
