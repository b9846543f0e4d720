using System.Text.Json;
using Microsoft.Playwright;

namespace OrleansGovernance.E2E.Tests;

/// <summary>Reads and points at an echarts chart of the dashboard by its data-chart name, through echarts' own API in the page.</summary>
public sealed class ChartPage(IPage page, string name)
{
    private string Instance => $"echarts.getInstanceByDom(document.querySelector('[data-chart={name}] > div'))";

    public ILocator Frame => page.Locator($"[data-chart={name}]");

    /// <summary>The hover box of the page's charts.</summary>
    public ILocator Tooltip => page.Locator(".og-chart-tooltip").Filter(new LocatorFilterOptions { Visible = true });

    /// <summary>Waits until echarts has drawn into the frame.</summary>
    public async Task Drawn()
    {
        await Frame.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        // Null-safe throughout: while a language switch reloads the page there is neither chart nor echarts for a moment.
        await page.WaitForFunctionAsync(
            $"(() => {{ const e = document.querySelector('[data-chart={name}] > div'); const c = e && window.echarts && echarts.getInstanceByDom(e); return !!c && (c.getOption().series || []).length > 0; }})()",
            null,
            new PageWaitForFunctionOptions { Timeout = 30_000 });
    }

    /// <summary>The options echarts holds, as JSON (functions left out).</summary>
    public async Task<JsonElement> Options() => await page.EvaluateAsync<JsonElement>($"JSON.parse(JSON.stringify({Instance}.getOption()))");

    /// <summary>Waits until the values of series <paramref name="series"/> add up to at least <paramref name="least"/>.</summary>
    public Task Totals(int series, int least) => page.WaitForFunctionAsync(
        $"(() => {{ const e = document.querySelector('[data-chart={name}] > div'); const c = e && echarts.getInstanceByDom(e); return !!c && c.getOption().series[{series}].data.reduce((a, b) => a + b, 0) >= {least}; }})()",
        null,
        new PageWaitForFunctionOptions { Timeout = 30_000 });

    /// <summary>The largest value the value axis shows.</summary>
    public Task<double> AxisTop(string axis) => page.EvaluateAsync<double>($"{Instance}.getModel().getComponent('{axis}', 0).axis.scale.getExtent()[1]");

    /// <summary>Moves the mouse onto the point of series <paramref name="series"/> at <paramref name="value"/> (the chart's coordinates).</summary>
    public async Task Hover(int series, string valueJson, double lift = 0)
    {
        // The mouse only reaches what is on screen; the overview puts the charts below the fold.
        await Frame.ScrollIntoViewIfNeededAsync();
        var at = await page.EvaluateAsync<double[]>($"{Instance}.convertToPixel({{ seriesIndex: {series} }}, {valueJson})");
        var box = (await Frame.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync((float)(box.X + at[0]), (float)(box.Y + at[1] + lift));
    }

    /// <summary>A screenshot of the window with the chart in view: a phone's full page is too long to read.</summary>
    public async Task Shot(string file)
    {
        await Frame.ScrollIntoViewIfNeededAsync();

        // echarts grows its shapes in for a second; a picture taken sooner shows them half drawn.
        await page.WaitForTimeoutAsync(1500);
        Directory.CreateDirectory(DashboardFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardFixture.ScreenshotFolder, file + ".png") });
    }

    public async Task Click(int series, string valueJson)
    {
        await Hover(series, valueJson);
        await page.Mouse.DownAsync();
        await page.Mouse.UpAsync();
    }
}
