using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using OrleansGovernance.Api.Access;

using Xunit.Abstractions;

namespace OrleansGovernance.E2E.Tests;

/// <summary>
/// How long after navigation each page shows its figures, in a fresh browser (nothing cached), at desktop and phone
/// size: from the navigation's start to the first data-figure element holding a value. Reported, not asserted; the
/// table goes to figure-times.md beside the tests (see BENCHMARKS.md, "Dashboard (issue 17)").
/// </summary>
public sealed class FigureTimingTests(DashboardFixture dashboard, ITestOutputHelper output) : DashboardTest(dashboard, output)
{
    private const string FirstFigure = """
        () => [...document.querySelectorAll('[data-figure]')].some(e => { const t = e.textContent.trim(); return t.length > 0 && t !== '—'; })
        """;

    [Fact]
    public async Task Every_page_reports_when_its_first_figure_appears()
    {
        var table = new StringBuilder("| page | viewport | circuit live (ms) | first figure (ms) |\n|---|---|---:|---:|\n");
        foreach (var target in EveryPage.All.Where(p => p.Live))
        {
            foreach (var viewport in Viewports.Both)
            {
                var page = await Viewports.SignedIn(Dashboard, viewport, target.Role, $"timing-{target.Role}", target.Scopes);
                await page.GotoAsync(target.Path, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
                await DashboardFixture.Ready(page);
                var live = await Now(page);
                var figure = await page.Locator("[data-figure]").CountAsync() > 0 || await Appears(page)
                    ? await WhenFigure(page)
                    : (double?)null;
                table.AppendLine(CultureInfo.InvariantCulture, $"| {target.Name} | {viewport.Name} | {live:0} | {(figure is { } ms ? ms.ToString("0", CultureInfo.InvariantCulture) : "no figures")} |");
                await page.Context.CloseAsync();
            }
        }

        var file = Path.Combine(AppContext.BaseDirectory, "figure-times.md");
        await File.WriteAllTextAsync(file, table.ToString());
        Output.WriteLine(table.ToString());
        Output.WriteLine(file);
    }

    private static async Task<bool> Appears(IPage page)
    {
        try
        {
            await page.Locator("[data-figure]").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 5_000 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static async Task<double> WhenFigure(IPage page)
    {
        await page.WaitForFunctionAsync(FirstFigure, null, new PageWaitForFunctionOptions { Timeout = 30_000, PollingInterval = 10 });
        return await Now(page);
    }

    // Milliseconds since this document's navigation started.
    private static Task<double> Now(IPage page) => page.EvaluateAsync<double>("() => performance.now()");
}
