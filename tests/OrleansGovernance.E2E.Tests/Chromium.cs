using Microsoft.Playwright;

namespace OrleansGovernance.E2E.Tests;

/// <summary>
/// Debian's Chromium, driven by Playwright. Playwright's own browser builds are never downloaded. A root run on a
/// fresh machine installs the Debian package first (as CI does); if Chromium is still missing the tests fail, they
/// do not skip.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly SemaphoreSlim Installing = new(1, 1);

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> Launch()
    {
        await EnsureInstalled();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,

            // Chromium's sandbox refuses to run as root, which is how the tests run here and in CI.
            Args = ["--no-sandbox"],
        });
        return (playwright, browser);
    }

    private static async Task EnsureInstalled()
    {
        await Installing.WaitAsync();
        try
        {
            if (!File.Exists(ExecutablePath) && Environment.UserName == "root")
            {
                // The CJK fonts make the screenshots readable; the tests themselves only need the browser.
                await ProcessRunner.Run("apt-get", ["update", "-qq"], TimeSpan.FromMinutes(5));
                await ProcessRunner.Run("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-cjk"], TimeSpan.FromMinutes(10));
            }

            if (!File.Exists(ExecutablePath))
            {
                throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's Chromium (apt-get install -y chromium) to run the dashboard tests.");
            }
        }
        finally
        {
            Installing.Release();
        }
    }
}
