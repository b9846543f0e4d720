using Microsoft.Playwright;

namespace OrleansGovernance.E2E.Tests;

/// <summary>The two windows the dashboard is judged in: a desktop at 1440x900 and a phone at 390x844.</summary>
public static class Viewports
{
    public static readonly (string Name, int Width, int Height) Desktop = ("desktop", 1440, 900);
    public static readonly (string Name, int Width, int Height) Phone = ("phone", 390, 844);

    public static IEnumerable<(string Name, int Width, int Height)> Both => [Desktop, Phone];

    public static (string Name, int Width, int Height) Named(string name) => name == Phone.Name ? Phone : Desktop;

    /// <summary>A fresh context in <paramref name="viewport"/>, signed in with a token for <paramref name="role"/>, still on the sign-in page.</summary>
    public static async Task<IPage> SignedIn(DashboardFixture dashboard, (string Name, int Width, int Height) viewport, string role, string subject, params string[] scopes)
    {
        var page = await dashboard.Anonymous(viewport.Width, viewport.Height);
        await page.GotoAsync("/sign-in?ReturnUrl=%2Fsign-in");
        await page.FillAsync("#token", dashboard.Host.Token(role, subject, scopes));
        await page.ClickAsync("[data-action=sign-in]");
        await page.Locator("[data-signed-in]").WaitForAsync();
        return page;
    }
}
