using Microsoft.Playwright;

namespace OrleansGovernance.E2E.Tests;

/// <summary>
/// Debian's Chromium, driven by Playwright. Playwright's own browser builds are never downloaded: without
/// /usr/bin/chromium (apt-get install -y chromium) the tests fail, they do not skip.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> Launch()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's Chromium (apt-get install -y chromium) to run the dashboard tests.");
        }

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
}
