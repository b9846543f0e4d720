using Microsoft.Playwright;
using OrleansGovernance.Api.Access;
using static Microsoft.Playwright.Assertions;

using Xunit.Abstractions;

namespace OrleansGovernance.E2E.Tests;

public sealed class ReconnectBoxTests(DashboardFixture dashboard, ITestOutputHelper output) : DashboardTest(dashboard, output)
{
    [Fact]
    public async Task A_lost_connection_is_told_in_Chinese_and_the_box_goes_once_the_page_is_connected_again()
    {
        var page = await Dashboard.SignedIn("/", Roles.Viewer, "viewer-reconnect-box");
        var box = page.Locator("#components-reconnect-modal");
        var trying = box.Locator(".og-reconnect-when-trying");
        await Expect(trying).ToBeHiddenAsync();

        // Offline first, so that the reconnection attempts fail and the box stays up to be read; then Blazor's own test
        // hook drops the circuit's connection as a network failure would.
        await page.Context.SetOfflineAsync(true);
        await page.EvaluateAsync("Blazor._internal.forceCloseConnection()");

        await Expect(trying).ToBeVisibleAsync();
        await Expect(trying).ToHaveTextAsync("与服务器的连接已断开，正在重新连接……");
        await Expect(box).ToHaveAttributeAsync("role", "alertdialog");
        await Expect(box.Locator(".og-reconnect-when-stuck")).ToBeHiddenAsync();
        await DashboardFixture.Screenshot(page, "reconnect-box", fullPage: false);

        await page.Context.SetOfflineAsync(false);
        await Expect(trying).ToBeHiddenAsync(new LocatorAssertionsToBeHiddenOptions { Timeout = 60_000 });
    }
}
