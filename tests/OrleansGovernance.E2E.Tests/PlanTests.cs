using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OrleansGovernance.Api.Access;
using static Microsoft.Playwright.Assertions;

using Xunit.Abstractions;

namespace OrleansGovernance.E2E.Tests;

public sealed class PlanTests(DashboardFixture dashboard, ITestOutputHelper output) : DashboardTest(dashboard, output)
{
    private const string Hualing = "xiamen.jimei.xinglin.fangzhi.hualing-garden";
    private const string HualingPlan = Hualing + ".plan-2024-2026";

    [Fact]
    public async Task A_plan_owner_ticks_or_unticks_a_milestone_audited_and_a_second_browser_sees_the_progress_move_without_reloading()
    {
        var (milestone, done) = await FirstMilestone();
        var owner = await Dashboard.SignedIn($"/plans/{HualingPlan}", Roles.PlanOwner, "owner-hualing", HualingPlan);
        var watcher = await Dashboard.SignedIn($"/places/{Hualing}", Roles.Viewer, "viewer-plan");
        await watcher.ClickAsync($"[data-plan='{HualingPlan}']");
        var progress = watcher.Locator("[data-figure=plan-progress]");
        await Expect(progress).Not.ToBeEmptyAsync();
        var before = await progress.InnerTextAsync();

        await owner.FillAsync("input[data-input=note], [data-input=note] input", "opened to residents");
        await owner.Locator($"[data-milestone='{milestone}'] input[type=checkbox]").ClickAsync();

        await Expect(owner.Locator($"[data-milestone='{milestone}']")).ToHaveAttributeAsync("data-done", done ? "false" : "true");
        await Expect(watcher.Locator($"[data-milestone='{milestone}']")).ToHaveAttributeAsync("data-done", done ? "false" : "true");
        await Expect(progress).Not.ToHaveTextAsync(before);
        await Expect(watcher.GetByText("owner-hualing")).ToBeVisibleAsync();
        await Expect(watcher.GetByText("opened to residents")).ToBeVisibleAsync();
        Assert.Equal($"owner-hualing dashboard plan {(done ? "untick" : "tick")} 200", (await Dashboard.Host.AuditOf(HualingPlan))[^1]);
        await DashboardFixture.Screenshot(owner, "plan-owner-ticked");
        await DashboardFixture.Screenshot(watcher, "plan-watcher");
    }

    [Theory]
    [InlineData(Roles.Viewer, "viewer-readonly", new string[0])]
    [InlineData(Roles.PlanOwner, "owner-elsewhere", new[] { "xiamen.jimei.xinglin.ningbao.ningbao-shijia.plan-x" })]
    [InlineData(Roles.Staff, "staff-fangzhi", new[] { "xiamen.jimei.xinglin.fangzhi" })]
    public async Task Callers_who_do_not_own_the_plan_are_not_offered_the_tick(string role, string subject, string[] scopes)
    {
        var page = await Dashboard.SignedIn($"/plans/{HualingPlan}", role, subject, scopes);

        await Expect(page.Locator("[data-read-only=true]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-milestone]").First).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-milestone] input[type=checkbox]").CountAsync());
        await DashboardFixture.Screenshot(page, $"plan-read-only-{role}");
    }

    /// <summary>The plan's first milestone and whether it is done: the owner flips it, a tick or an untick.</summary>
    private async Task<(string Id, bool Done)> FirstMilestone()
    {
        using var api = Dashboard.Host.Api(Roles.Viewer, "viewer-plan");
        var plan = await api.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{HualingPlan}");
        var first = plan.GetProperty("milestones").EnumerateArray().First();
        return (first.GetProperty("id").GetString()!, first.GetProperty("done").GetBoolean());
    }
}
