using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Api.Access;
using static Microsoft.Playwright.Assertions;

using Xunit.Abstractions;

namespace OrleansGovernance.E2E.Tests;

public sealed class DeskTests(DashboardFixture dashboard, ITestOutputHelper output) : DashboardTest(dashboard, output)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";
    private const string Hualing = Fangzhi + ".hualing-garden";
    private const string OtherCompound = Fangzhi + ".xiaoqu-02";

    [Fact]
    public async Task A_grid_worker_on_a_phone_sees_a_new_request_highlighted_opens_it_and_takes_it_to_settled_with_a_confirmed_result()
    {
        var overview = await Dashboard.SignedIn($"/places/{Fangzhi}", Roles.Viewer, "viewer-desk");
        using var api = Dashboard.Host.Api(Roles.Staff, "desk-auditor", Fangzhi);
        var submittedBefore = Requests(await Summary(api)).GetProperty("submitted").GetInt32();
        var desk = await Dashboard.SignedInNamed("/desk", Roles.Staff, "grid-worker-fangzhi", "吴晓峰", Fangzhi);
        await desk.SetViewportSizeAsync(390, 844);
        await Expect(desk.Locator("[data-shown]")).ToBeVisibleAsync();
        await Expect(desk).ToHaveTitleAsync(new Regex("^诉求工作台"));

        var id = await File("电梯里有人给电动车充电", "ebikeInLift", Hualing, location: "3号楼2单元电梯", reporter: new { name = "王芳", phone = "13800138000" });
        var withIt = await Eventually.Until(() => Summary(api), s => Requests(s).GetProperty("submitted").GetInt32() > submittedBefore);
        var openWithIt = Requests(withIt).GetProperty("open").GetInt32();
        var open = overview.Locator("[data-figure=requests-open]");
        await Expect(open).ToHaveTextAsync(openWithIt.ToString(CultureInfo.InvariantCulture));

        // Pushed to the open desk: marked new, counted in the tab's title, labelled as not yet acknowledged.
        var card = desk.Locator($"li[data-ticket='{id}']");
        await Expect(card).ToHaveAttributeAsync("data-new", "true");
        await Expect(card.Locator("[data-badge=new]")).ToHaveTextAsync("新");
        await Expect(desk).ToHaveTitleAsync(new Regex(@"^\(1\) 诉求工作台"));
        await Expect(card.Locator(".desk-status")).ToHaveTextAsync("待受理");
        await Expect(card.Locator("[data-compound]")).ToHaveTextAsync("华铃花园");
        await Expect(card.Locator(".desk-clock")).ToHaveTextAsync(ResponseCountdown());
        await StandingStill(desk);
        await DashboardFixture.Screenshot(desk, "desk-phone-new-arrival");
        Assert.True(await FitsTheScreen(desk), "the desk scrolls sideways at 390 px");
        // Other tests' requests may stand above it (most urgent first): brought into view, its step is on the screen.
        await card.ScrollIntoViewIfNeededAsync();
        Assert.True(await WithinThumbReach(card.Locator("[data-action=acknowledge]")), "the card's step is off the phone's screen");

        // Opening it shows the whole request, the reporter's contact to the place's staff, and counts it as seen.
        await card.Locator("[data-action=details]").ClickAsync();
        var sheet = desk.Locator($"[data-sheet='{id}']");
        await Expect(sheet.Locator("[data-fact=description]")).ToHaveTextAsync("电梯里有人给电动车充电");
        await Expect(sheet.Locator("[data-fact=location]")).ToContainTextAsync("3号楼2单元电梯");
        await Expect(sheet.Locator("[data-contact=shown]")).ToContainTextAsync("13800138000");
        await Expect(sheet.Locator("[data-history]")).ToHaveAttributeAsync("data-history", "1");
        await Expect(desk).ToHaveTitleAsync(new Regex("^诉求工作台"));
        Assert.True(await FitsTheScreen(desk), "the sheet scrolls sideways at 390 px");
        await ScreenOnly(desk, "desk-phone-sheet");

        await Step(desk, "acknowledge", "已联系物业到场");
        await Expect(desk.Locator("[data-sheet-status]")).ToHaveAttributeAsync("data-sheet-status", "Acknowledged");
        await Expect(sheet.Locator("[data-note=Acknowledge]")).ToHaveTextAsync("已联系物业到场");
        // The history names the worker as colleagues know them; the token's subject stays on hover.
        var acknowledgedBy = sheet.Locator(".desk-history li").Nth(1).Locator("[data-by]");
        await Expect(acknowledgedBy).ToHaveTextAsync("吴晓峰");
        await Expect(acknowledgedBy).ToHaveAttributeAsync("title", "grid-worker-fangzhi");
        await Expect(sheet.Locator(".desk-history li").Nth(0).Locator("[data-by]")).ToHaveTextAsync("resident-hualing");
        await ScreenOnly(desk, "desk-phone-history");
        await desk.Locator(".desk-sheet [data-action=claim]").ClickAsync();
        await desk.Locator(".desk-sheet [data-input=party]").SelectOptionAsync("Community");
        await desk.Locator(".desk-sheet [data-action=confirm]").ClickAsync();
        await Expect(desk.Locator("[data-sheet-status]")).ToHaveAttributeAsync("data-sheet-status", "Claimed");

        // Settling asks for the result first: the confirm button stays off until there is one.
        await desk.Locator(".desk-sheet [data-action=settle]").ClickAsync();
        var confirm = desk.Locator(".desk-sheet [data-action=confirm]");
        await Expect(confirm).ToHaveTextAsync("确认办结");
        await Expect(confirm).ToBeDisabledAsync();
        await desk.Locator(".desk-sheet [data-input=note]").FillAsync("已劝离，电梯内张贴禁止电动车告示");
        await Expect(confirm).ToBeEnabledAsync();
        await ScreenOnly(desk, "desk-phone-settle");
        await confirm.ClickAsync();

        // Settled requests leave the queue, and the overview, open all along, counts one open request fewer: pushed
        // by the grains, so well within the 3 seconds allowed here for a loaded two-core test machine.
        await Expect(card).ToHaveCountAsync(0);
        await Expect(desk.Locator("[data-done]")).ToContainTextAsync("已办结");
        await Expect(open).ToHaveTextAsync((openWithIt - 1).ToString(CultureInfo.InvariantCulture), new LocatorAssertionsToHaveTextOptions { Timeout = 3000 });
        await DashboardFixture.Screenshot(overview, "overview-after-desk");
        var ticket = await api.GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}");
        var history = ticket.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal("settled", ticket.GetProperty("status").GetString());
        Assert.Equal([("grid-worker-fangzhi", "吴晓峰")], history.Skip(1).Select(t => (t.GetProperty("by").GetString(), t.GetProperty("byName").GetString())).Distinct());
        Assert.Equal(("settle", "已劝离，电梯内张贴禁止电动车告示"), (history[^1].GetProperty("action").GetString(), history[^1].GetProperty("note").GetString()));
        Assert.Equal(
            ["resident-hualing POST /api/v1/tickets/ 201", "grid-worker-fangzhi dashboard desk acknowledge 200", "grid-worker-fangzhi dashboard desk claim 200", "grid-worker-fangzhi dashboard desk settle 200"],
            await Dashboard.Host.AuditOf(id));
    }

    [Fact]
    public async Task The_countdown_ticks_in_the_browser_and_one_tap_on_a_card_acknowledges()
    {
        var desk = await Dashboard.SignedIn("/desk", Roles.Staff, "grid-worker-clock", Fangzhi);
        await Expect(desk.Locator("[data-shown]")).ToBeVisibleAsync();
        var id = await File("楼道灯不亮", "other", Hualing);
        var card = desk.Locator($"li[data-ticket='{id}']");
        var clock = card.Locator(".desk-clock");
        await Expect(clock).ToHaveTextAsync(ResponseCountdown());

        var first = await clock.TextContentAsync();
        await Expect(clock).Not.ToHaveTextAsync(first!, new LocatorAssertionsToHaveTextOptions { Timeout = 4000 });

        // The response clock stops on acknowledging; the settle clock (days) runs from then on.
        await card.Locator("[data-action=acknowledge]").ClickAsync();
        await Expect(card.Locator(".desk-status")).ToHaveTextAsync("已受理");
        await Expect(clock).ToHaveAttributeAsync("data-clock", "Settle");
        await Expect(clock).ToHaveTextAsync(new Regex(@"^剩 \d+天 \d+小时$"));
        await Expect(card.Locator("[data-action=claim]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Filters_and_search_narrow_the_queue_and_the_wide_desk_lists_it_as_rows()
    {
        var desk = await Dashboard.SignedIn("/desk", Roles.Staff, "grid-worker-filters", Fangzhi);
        await desk.SetViewportSizeAsync(1440, 900);
        await Expect(desk.Locator("[data-shown]")).ToBeVisibleAsync();
        var lift = await File("过滤甲 电梯里充电", "ebikeInLift", Hualing);
        var noise = await File("过滤乙 夜间装修噪音", "noise", Hualing, location: "5号楼楼顶");
        var elsewhere = await File("过滤丙 垃圾未清运", "sanitation", OtherCompound);
        var ours = new[] { lift, noise, elsewhere };
        await Expect(desk.Locator("li[data-ticket]").Filter(new LocatorFilterOptions { HasText = "过滤" })).ToHaveCountAsync(3);

        var search = desk.Locator("[data-input=search]");
        await search.FillAsync("过滤甲");
        await ShowsOnly(desk, ours, lift);
        await search.FillAsync("5号楼");
        await ShowsOnly(desk, ours, noise);
        await search.FillAsync(elsewhere);
        await ShowsOnly(desk, ours, elsewhere);
        await search.FillAsync("");

        await desk.Locator("[data-input=category]").SelectOptionAsync("Noise");
        await ShowsOnly(desk, ours, noise);
        await desk.Locator("[data-input=category]").SelectOptionAsync("");
        await desk.Locator("[data-input=compound]").SelectOptionAsync(OtherCompound);
        await ShowsOnly(desk, ours, elsewhere);
        await desk.Locator("[data-input=compound]").SelectOptionAsync("");

        await desk.Locator($"li[data-ticket='{lift}'] [data-action=acknowledge]").ClickAsync();
        await Expect(desk.Locator($"li[data-ticket='{lift}']")).ToHaveAttributeAsync("data-status", "Acknowledged");
        await desk.Locator("[data-filter-status=Acknowledged]").ClickAsync();
        await Expect(desk.Locator("[data-filter-status=Acknowledged]")).ToHaveAttributeAsync("aria-pressed", "true");
        await ShowsOnly(desk, ours, lift);
        await desk.Locator("[data-filter-status=Acknowledged]").ClickAsync();

        // Just filed, none of them is past a limit; whatever "overdue only" keeps is.
        await desk.Locator("[data-input=overdue]").CheckAsync();
        await Expect(desk.Locator("[data-input=overdue]")).ToBeCheckedAsync();
        await ShowsOnly(desk, ours);
        foreach (var clock in await desk.Locator("li[data-ticket] .desk-clock").AllAsync())
        {
            await Expect(clock).ToHaveTextAsync(new Regex("^超时 "));
        }

        await desk.Locator("[data-input=overdue]").UncheckAsync();
        await ShowsOnly(desk, ours, ours);
        Assert.True(await FitsTheScreen(desk), "the desk scrolls sideways at 1440 px");
        await desk.Mouse.MoveAsync(0, 0);
        await StandingStill(desk);
        await DashboardFixture.Screenshot(desk, "desk-desktop");
    }

    [Fact]
    public async Task On_a_phone_category_compound_and_overdue_fold_behind_one_toggle()
    {
        var desk = await Dashboard.SignedIn("/desk", Roles.Staff, "grid-worker-fold", Fangzhi);
        await desk.SetViewportSizeAsync(390, 844);
        var toggle = desk.Locator("[data-action=more-filters]");
        await Expect(desk.Locator("[data-input=category]")).ToBeHiddenAsync();
        await Expect(desk.Locator("[data-input=search]")).ToBeVisibleAsync();

        await toggle.ClickAsync();

        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(desk.Locator("[data-input=category]")).ToBeVisibleAsync();
        await Expect(desk.Locator("[data-input=overdue]")).ToBeVisibleAsync();
        Assert.True(await FitsTheScreen(desk), "the open filters scroll sideways at 390 px");
    }

    [Fact]
    public async Task An_administrator_at_the_desk_does_not_see_the_reporter_s_contact_details()
    {
        var id = await File("小区门禁坏了", "accessAndGates", Hualing, reporter: new { name = "李雷", phone = "13900139000" });
        var desk = await Dashboard.SignedIn($"/desk?place={Fangzhi}", Roles.Admin, "admin-desk");
        await desk.Locator($"li[data-ticket='{id}'] [data-action=details]").ClickAsync();

        var sheet = desk.Locator($"[data-sheet='{id}']");
        await Expect(sheet.Locator("[data-contact=hidden]")).ToBeVisibleAsync();
        await Expect(sheet).Not.ToContainTextAsync("13900139000");
        await Expect(sheet).Not.ToContainTextAsync("李");
        await desk.Keyboard.PressAsync("Escape");
        await Expect(sheet).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_photo_sent_through_Open311_is_linked_and_loaded_only_when_asked_and_its_point_is_shown()
    {
        var desk = await Dashboard.SignedIn("/desk", Roles.Staff, "grid-worker-photo", Fangzhi);
        await Expect(desk.Locator("[data-shown]")).ToBeVisibleAsync();
        using var open311 = new HttpClient { BaseAddress = Dashboard.Host.BaseAddress };
        var key = await Dashboard.Host.Services.GetRequiredService<IApiKeyStore>().Create("desk-photo-tests");
        var response = await open311.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = key,
            ["service_code"] = "sanitation",
            ["lat"] = "24.5902",
            ["long"] = "118.0432",
            ["description"] = "垃圾桶满了没人清",
            ["media_url"] = "https://photos.invalid/bins.jpg",
        }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("service_request_id").GetString()!;

        await desk.Locator($"li[data-ticket='{id}'] [data-action=details]").ClickAsync();
        var sheet = desk.Locator($"[data-sheet='{id}']");
        await Expect(sheet.Locator("[data-fact=location]")).ToContainTextAsync("24.59020, 118.04320");
        await Expect(sheet.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "打开照片： photos.invalid" })).ToHaveAttributeAsync("href", "https://photos.invalid/bins.jpg");
        await Expect(sheet.Locator("img")).ToHaveCountAsync(0);

        await sheet.Locator("[data-action=show-photo]").ClickAsync();

        await Expect(sheet.Locator("img")).ToHaveAttributeAsync("referrerpolicy", "no-referrer");
        await Expect(sheet.Locator("img")).ToHaveAttributeAsync("src", "https://photos.invalid/bins.jpg");
    }

    [Fact]
    public async Task The_desk_is_not_offered_to_a_viewer()
    {
        var page = await Dashboard.SignedIn("/desk", Roles.Viewer, "viewer-no-desk");

        await Expect(page.GetByText("诉求工作台仅供工作人员使用。")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-nav=desk]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-action=acknowledge]").CountAsync());
    }

    /// <summary>A fresh request's five-minute response limit, ticking in seconds.</summary>
    private static Regex ResponseCountdown() => new(@"^剩 [0-4]分 \d{1,2}秒$");

    private static async Task Step(IPage desk, string step, string note)
    {
        await desk.Locator($".desk-sheet [data-action={step}]").ClickAsync();
        await desk.Locator(".desk-sheet [data-input=note]").FillAsync(note);
        await desk.Locator(".desk-sheet [data-action=confirm]").ClickAsync();
    }

    /// <summary>Waits until, of <paramref name="ours"/>, the desk lists <paramref name="listed"/> and no other.</summary>
    private static async Task ShowsOnly(IPage desk, IReadOnlyList<string> ours, params string[] listed)
    {
        foreach (var id in ours)
        {
            await Expect(desk.Locator($"li[data-ticket='{id}']")).ToHaveCountAsync(listed.Contains(id) ? 1 : 0);
        }
    }

    private static readonly JsonSerializerOptions LeaveOutNulls = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private static Task<JsonElement> Summary(HttpClient api) => api.GetFromJsonAsync<JsonElement>($"/api/v1/communities/{Fangzhi}/summary");

    private static JsonElement Requests(JsonElement summary) => summary.GetProperty("requests");

    /// <summary>What the screen shows (a sheet over the desk), where a whole-page picture would misplace the fixed parts.</summary>
    private static async Task ScreenOnly(IPage page, string name)
    {
        await StandingStill(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardFixture.ScreenshotFolder, name + ".png") });
    }

    /// <summary>Pictures are taken once the sheet has slid in and new arrivals have stopped flashing.</summary>
    private static Task StandingStill(IPage page) =>
        page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");

    /// <summary>Wholly on a 390 x 844 screen where it stands now.</summary>
    private static async Task<bool> WithinThumbReach(ILocator button) =>
        await button.BoundingBoxAsync() is { } box && box.X >= 0 && box.X + box.Width <= 390 && box.Y >= 0 && box.Y + box.Height <= 844;

    private static Task<bool> FitsTheScreen(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    private async Task<string> File(string description, string category, string compoundId, string? location = null, object? reporter = null)
    {
        using var resident = Dashboard.Host.Api(Roles.Resident, "resident-hualing");
        var response = await resident.PostAsJsonAsync("/api/v1/tickets", new { compoundId, category, channel = "propertyOffice", description, location, reporter }, LeaveOutNulls);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
