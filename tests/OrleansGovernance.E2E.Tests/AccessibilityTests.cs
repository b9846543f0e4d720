using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

using Xunit.Abstractions;

namespace OrleansGovernance.E2E.Tests;

/// <summary>axe-core over every page at desktop and phone size: no critical or serious finding (WCAG 2.1 A and AA rules).</summary>
public sealed class AccessibilityTests(DashboardFixture dashboard, ITestOutputHelper output) : DashboardTest(dashboard, output)
{
    private static readonly string[] Blocking = ["critical", "serious"];

    [Theory]
    [MemberData(nameof(EveryPage.InBothViewports), MemberType = typeof(EveryPage))]
    public async Task A_page_has_no_critical_or_serious_accessibility_finding(string pageName, string viewportName)
    {
        var target = EveryPage.Named(pageName);
        var viewport = Viewports.Named(viewportName);
        var page = target.SignedIn
            ? await Viewports.SignedIn(Dashboard, viewport, target.Role, $"axe-{target.Role}", target.Scopes)
            : await Dashboard.Anonymous(viewport.Width, viewport.Height);
        await page.GotoAsync(target.Path);
        if (target.Live)
        {
            await DashboardFixture.Ready(page);

            // Let the first figures and lists arrive, so the page is judged as people read it.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            // Only the indeterminate bars mean "still loading"; determinate ones (plan progress, categories) are content.
            await page.Locator(".mud-progress-linear.mud-progress-indeterminate").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = 15_000 });
        }

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var findings = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        await DashboardFixture.Screenshot(page, $"axe-{pageName}-{viewportName}");

        Output.WriteLine(Describe(result.Violations));
        Assert.True(findings.Count == 0, $"{pageName} at {viewportName}: {Describe(findings)}");
    }

    private static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var v in violations)
        {
            text.AppendLine($"[{v.Impact}] {v.Id}: {v.Help} ({v.Nodes.Length} element(s))");
            foreach (var node in v.Nodes.Take(5))
            {
                text.AppendLine($"    {node.Target} {node.Html[..Math.Min(node.Html.Length, 160)]}");
            }
        }

        return text.Length == 0 ? "no findings" : text.ToString();
    }
}
