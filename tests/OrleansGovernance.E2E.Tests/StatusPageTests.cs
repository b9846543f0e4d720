using System.Net;
using Microsoft.Playwright;
using OrleansGovernance.Api.Access;
using static Microsoft.Playwright.Assertions;

using Xunit.Abstractions;

namespace OrleansGovernance.E2E.Tests;

public sealed class StatusPageTests(DashboardFixture dashboard, ITestOutputHelper output) : DashboardTest(dashboard, output)
{
    [Theory]
    [InlineData("/no-such-address")]
    [InlineData("/places/nope")]
    [InlineData("/places/xiamen.jimei.nope")]
    [InlineData("/plans/nope")]
    [InlineData("/compounds/nope/ledger")]
    [InlineData("/compounds/xiamen.jimei/seal-log")]
    [InlineData("/communities/xiamen.jimei.xinglin.fangzhi.hualing-garden/visits")]
    [InlineData("/communities/nope/visits")]
    public async Task An_address_naming_nothing_answers_404_with_a_Chinese_page_and_a_way_back(string path)
    {
        var page = await Viewports.SignedIn(Dashboard, Viewports.Desktop, Roles.Admin, "lost-admin");

        var response = await page.GotoAsync(path);

        Assert.Equal(404, response!.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
        await Expect(page.Locator("[data-error='404']")).ToHaveTextAsync("页面不存在");
        await Expect(page).ToHaveTitleAsync("页面不存在 · 社区治理");
        await Expect(page.Locator("a[href='/']").Last).ToHaveTextAsync("返回总览");
    }

    [Fact]
    public async Task An_unknown_address_is_a_Chinese_404_also_before_signing_in_and_on_a_phone()
    {
        var page = await Dashboard.Anonymous(Viewports.Phone.Width, Viewports.Phone.Height);

        var response = await page.GotoAsync("/no-such-address");

        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("[data-error='404']")).ToBeVisibleAsync();
        await DashboardFixture.Screenshot(page, "not-found-phone");
    }

    [Fact]
    public async Task A_failure_answers_500_with_a_Chinese_page_that_shows_no_details()
    {
        var page = await Dashboard.Anonymous();

        var response = await page.GotoAsync(FailingAddress.Path);

        Assert.Equal(500, response!.Status);
        await Expect(page.Locator("[data-error='500']")).ToHaveTextAsync("出错了");
        Assert.DoesNotContain(FailingAddress.Detail, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", await page.ContentAsync(), StringComparison.Ordinal);
        await DashboardFixture.Screenshot(page, "error-desktop");
    }

    [Theory]
    [InlineData("/api/v1/no-such-resource")]
    [InlineData("/open311/no-such-thing")]
    public async Task The_API_keeps_answering_unknown_things_with_problem_details(string path)
    {
        using var api = Dashboard.Host.Api(Roles.Admin, "api-admin");

        using var response = await api.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
