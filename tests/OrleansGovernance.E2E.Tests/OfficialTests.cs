using System.Globalization;
using Microsoft.Playwright;
using OrleansGovernance.Api.Access;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OrleansGovernance.E2E.Tests;

/// <summary>The city official's overview: attention first, a ranking worst first, places that sort.</summary>
public sealed class OfficialTests(DashboardFixture dashboard, ITestOutputHelper output) : DashboardTest(dashboard, output)
{
    private const string Xinglin = "xiamen.jimei.xinglin";

    [Fact]
    public async Task The_official_finds_the_worst_community_from_the_city_overview_and_drills_to_its_breaching_compound()
    {
        var page = await Dashboard.SignedIn("/", Roles.Viewer, "official-city");
        await page.SetViewportSizeAsync(1440, 900);
        await Expect(page).ToHaveTitleAsync("总览 · 厦门市");
        await Glance(page, "overview-city-1440-first-screen");
        await Expect(page.Locator("[data-ranking]")).ToHaveAttributeAsync("data-rank-measure", "response");
        await Expect(page.Locator("[data-rate=response-rate]")).ToBeVisibleAsync();

        // Worst first: the on-time response rates down the ranking never fall.
        var rates = await Rates(page, "response");
        Assert.True(rates.Count >= 11, $"the city ranks its communities, found {rates.Count}");
        Assert.Equal(rates.Order().ToList(), rates);
        var worst = await page.Locator("[data-rank-place]").First.GetAttributeAsync("data-rank-place");
        await Expect(page.Locator($"[data-attention=place][data-attention-id='{worst}']")).ToBeVisibleAsync();
        await DashboardFixture.Screenshot(page, "overview-city-1440");
        await page.SetViewportSizeAsync(390, 844);
        await DashboardFixture.Screenshot(page, "overview-city-390");
        await Glance(page, "overview-city-390-first-screen");
        await page.Locator("[data-ranking]").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(DashboardFixture.ScreenshotFolder, "overview-city-390-ranking.png") });

        await page.Locator("[data-rank-place]").First.ClickAsync();
        await Expect(page.Locator("[data-place]")).ToHaveAttributeAsync("data-place", worst!);
        await Expect(page.Locator("[data-ranking]")).ToBeVisibleAsync();
        await DashboardFixture.Screenshot(page, "overview-worst-community-390");
        await page.SetViewportSizeAsync(1440, 900);
        await DashboardFixture.Screenshot(page, "overview-worst-community-1440");

        var breaching = page.Locator("[data-attention=place]").First;
        var compound = await breaching.GetAttributeAsync("data-attention-id");
        Assert.StartsWith(worst + ".", compound);
        await breaching.ClickAsync();
        await Expect(page.Locator("[data-place]")).ToHaveAttributeAsync("data-place", compound!);
        await Expect(page.Locator("[data-rate][data-standing=breached]").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-figure=requests-response-overdue]")).ToBeVisibleAsync();
        await DashboardFixture.Screenshot(page, "overview-breaching-compound-1440");
    }

    [Fact]
    public async Task Sorting_the_places_below_by_a_rate_header_puts_them_in_that_order()
    {
        var page = await Dashboard.SignedIn($"/places/{Xinglin}", Roles.Viewer, "official-sort");
        var grid = page.Locator("[data-children]");
        await Expect(grid.Locator("[data-child]")).ToHaveCountAsync(11);
        var before = await Children(page);

        // A TemplateColumn: the kind whose header did nothing before it was marked sortable.
        await grid.Locator(".sortable-column-header", new LocatorLocatorOptions { HasText = "限时响应率" }).ClickAsync();

        await Expect(grid.Locator("[data-child]").First).Not.ToHaveAttributeAsync("data-child", before[0]);
        var after = await Children(page);
        Assert.NotEqual(before, after);
        var rates = await grid.Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.cells[7].innerText)");
        var values = rates.Select(Percent).ToList();
        Assert.Equal(values.Order().ToList(), values);
    }

    [Fact]
    public async Task Choosing_another_period_and_measure_reranks_the_communities()
    {
        var page = await Dashboard.SignedIn($"/places/{Xinglin}", Roles.Viewer, "official-period");
        await page.ClickAsync("[data-period=last-year]");
        await Expect(page.Locator("[data-figure=period]")).ToHaveTextAsync($"{LastYear}-01 – {LastYear}-12");
        await page.ClickAsync("[data-rank-by=satisfaction]");
        await Expect(page.Locator("[data-ranking]")).ToHaveAttributeAsync("data-rank-measure", "satisfaction");

        var rates = await Rates(page, "satisfaction");
        Assert.Equal(rates.Order().ToList(), rates);

        await page.ClickAsync("[data-input=period-from]");
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = "2024-07" }).ClickAsync();
        await Expect(page.Locator("[data-figure=period]")).ToHaveTextAsync($"2024-07 – {LastYear}-12");
        await Expect(page.Locator("[data-period][aria-pressed=true]")).ToHaveCountAsync(0);

        // The address carries the range: a reload (or the link sent to a colleague) shows the same months.
        Assert.Contains("from=202407", page.Url, StringComparison.Ordinal);
        await page.ReloadAsync();
        await Expect(page.Locator("[data-figure=period]")).ToHaveTextAsync($"2024-07 – {LastYear}-12");
    }

    private static int LastYear => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year - 1;

    /// <summary>What the first screen shows, without scrolling.</summary>
    private static Task Glance(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardFixture.ScreenshotFolder, name + ".png") });

    private static async Task<List<string>> Children(IPage page) =>
        [.. await page.Locator("[data-child]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.child)")];

    private static async Task<List<double>> Rates(IPage page, string measure)
    {
        var cells = await page.Locator($"[data-ranking] [data-rank-rate={measure}]").EvaluateAllAsync<string[]>("els => els.map(e => e.innerText)");
        return [.. cells.Select(Percent)];
    }

    /// <summary>"✗ 69.5%" as 69.5; a dash (nothing counted) sorts last, as the grid sorts it.</summary>
    private static double Percent(string text)
    {
        var number = new string([.. text.Where(c => char.IsDigit(c) || c == '.')]);
        return number.Length == 0 ? double.MaxValue : double.Parse(number, CultureInfo.InvariantCulture);
    }
}
