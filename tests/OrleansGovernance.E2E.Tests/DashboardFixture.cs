using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.E2E.Tests;

/// <summary>One host and one browser for all dashboard tests; each test opens contexts (separate sign-ins) of its own.</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public DashboardHost Host { get; } = new();

    /// <summary>Where screenshots go: screenshots/ under the test output folder (bin/Debug/net10.0).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync() => (_playwright, _browser) = await Chromium.Launch();

    /// <summary>A fresh browser context signed in with a token for <paramref name="role"/>, on the page at <paramref name="path"/>.</summary>
    public Task<IPage> SignedIn(string path, string role, string subject, params string[] scopes) =>
        SignedInWith(path, Host.Token(role, subject, scopes));

    /// <summary>As <see cref="SignedIn"/>, with a token that also gives the display name <paramref name="name"/>.</summary>
    public Task<IPage> SignedInNamed(string path, string role, string subject, string name, params string[] scopes) =>
        SignedInWith(path, Host.Services.GetRequiredService<AccessTokens>().Issue(role, scopes, subject, name: name));

    private async Task<IPage> SignedInWith(string path, string token)
    {
        var page = await Anonymous();
        await page.GotoAsync($"/sign-in?ReturnUrl={Uri.EscapeDataString(path)}");
        await page.FillAsync("#token", token);
        await page.ClickAsync("[data-action=sign-in]");
        await Ready(page);
        return page;
    }

    /// <summary>A fresh browser context that has signed in as nobody, with a window of <paramref name="width"/> by <paramref name="height"/>.</summary>
    public async Task<IPage> Anonymous(int width = 1400, int height = 1000)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        return await context.NewPageAsync();
    }

    /// <summary>Waits until the page's circuit is live: clicks sent before that are lost.</summary>
    public static Task Ready(IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

    /// <summary>Saves the whole page, or only the window (<paramref name="fullPage"/> false) when what matters is fixed over it.</summary>
    public static async Task Screenshot(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = fullPage });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
