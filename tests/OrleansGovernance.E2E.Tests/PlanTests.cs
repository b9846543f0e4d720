using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrleansGovernance.Api.Access;
using static Microsoft.Playwright.Assertions;

using Xunit.Abstractions;

namespace OrleansGovernance.E2E.Tests;

/// <summary>
/// The plan owner's journey: from "my plans" to their plan, a milestone marked done with a photo and a note, seen by a
/// second browser as it happens; a step back asks first; the page reads in Chinese and fits a phone.
/// </summary>
public sealed class PlanTests(DashboardFixture dashboard, ITestOutputHelper output) : DashboardTest(dashboard, output)
{
    private const string Hualing = "xiamen.jimei.xinglin.fangzhi.hualing-garden";
    private const string HualingPlan = Hualing + ".plan-2024-2026";
    private const string Ningbao = "xiamen.jimei.xinglin.ningbao.ningbao-shijia";

    /// <summary>A 64x48 green PNG, as a phone's photo of the works would be.</summary>
    private static readonly byte[] Photo = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAIAAAAuKetIAAAAQ0lEQVR42u3PQQkAAAgEsEvkw352t4JfYbACS02/FgEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQGBqwWQZVyXj3l1JQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_plan_owner_goes_from_my_plans_to_their_plan_marks_a_milestone_done_with_a_photo_and_a_second_browser_sees_both()
    {
        var planId = await CreatePlan();
        var owner = await SignedInAs("/my-plans", Roles.PlanOwner, "plan-owner-li", "李建溪", HualingPlan, planId);
        await Expect(owner.Locator($"[data-my-plan='{HualingPlan}']")).ToContainTextAsync("华铃花园");
        await Expect(owner.Locator($"[data-my-plan='{planId}'] [data-overdue-count]")).ToContainTextAsync("超期");
        await owner.SetViewportSizeAsync(1440, 900);
        await DashboardFixture.Screenshot(owner, "plans-my-plans-desktop");

        await owner.ClickAsync($"[data-my-plan='{planId}'] a[data-plan='{planId}']");
        await Expect(owner.Locator("[data-plan-title]")).ToHaveTextAsync("宁宝世家公共显示屏建设");
        await DashboardFixture.Ready(owner);
        var watcher = await Dashboard.SignedIn($"/plans/{planId}", Roles.Viewer, "viewer-plan");
        var progress = watcher.Locator("[data-figure=plan-progress]");
        await Expect(progress).ToHaveTextAsync("0%");

        var display = owner.Locator("[data-milestone=display]");
        await Expect(display.Locator("[data-overdue]")).ToBeHiddenAsync();
        await display.Locator("[data-input=note] input, input[data-input=note]").FillAsync("显示屏已安装，照片见附件");
        await display.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "显示屏.png", MimeType = "image/png", Buffer = Photo });
        await display.GetByRole(AriaRole.Button, new() { Name = "标记完成: 公共显示屏安装" }).ClickAsync();

        await Expect(display).ToHaveAttributeAsync("data-state", "Done");
        var seen = watcher.Locator("[data-milestone=display]");
        await Expect(seen).ToHaveAttributeAsync("data-done", "true");
        await Expect(progress).Not.ToHaveTextAsync("0%");
        await Expect(seen.Locator("[data-person]").Last).ToHaveTextAsync("李建溪");
        await Expect(seen).ToContainTextAsync("显示屏已安装，照片见附件");
        await Expect(seen).Not.ToContainTextAsync("plan-owner-li");
        var thumbnail = seen.Locator("[data-evidence] img");
        await Expect(thumbnail).ToBeVisibleAsync();
        await Expect(thumbnail).ToHaveAttributeAsync("alt", "显示屏.png");
        Assert.Equal(64, await thumbnail.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : new Promise(r => img.onload = () => r(img.naturalWidth))"));
        Assert.Equal("plan-owner-li dashboard plan tick 200", (await Dashboard.Host.AuditOf(planId))[^1]);
        await watcher.SetViewportSizeAsync(1440, 900);
        await DashboardFixture.Screenshot(owner, "plans-owner-ticked-desktop");
        await DashboardFixture.Screenshot(watcher, "plans-watcher-desktop");

        await owner.SetViewportSizeAsync(390, 844);
        Assert.True(await owner.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), "the plan page is wider than a 390 px phone");
        await DashboardFixture.Screenshot(owner, "plans-owner-ticked-phone");
    }

    [Fact]
    public async Task A_step_back_asks_for_confirmation_and_cancelling_changes_nothing()
    {
        var planId = await CreatePlan();
        using (var api = Dashboard.Host.Api(Roles.Admin, "admin-plan"))
        {
            (await api.PostAsJsonAsync($"/api/v1/plans/{planId}/milestones/display/tick", new { note = "done" })).EnsureSuccessStatusCode();
        }

        var owner = await SignedInAs($"/plans/{planId}", Roles.PlanOwner, "plan-owner-li", "李建溪", planId);
        var display = owner.Locator("[data-milestone=display]");
        var stepBack = display.GetByRole(AriaRole.Button, new() { Name = "退回上一步: 公共显示屏安装" });

        await stepBack.ClickAsync();
        var dialog = owner.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("确定将“公共显示屏安装”从已完成退回到进行中吗？");
        await owner.SetViewportSizeAsync(1440, 900);
        await DashboardFixture.Screenshot(owner, "plans-step-back-confirmation");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(display).ToHaveAttributeAsync("data-state", "Done");

        await stepBack.ClickAsync();
        await owner.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "退回上一步" }).ClickAsync();

        await Expect(display).ToHaveAttributeAsync("data-state", "InProgress");
        Assert.Equal("plan-owner-li dashboard plan untick 200", (await Dashboard.Host.AuditOf(planId))[^1]);
    }

    [Fact]
    public async Task The_seeded_plan_reads_in_chinese_with_its_states_and_fits_a_phone()
    {
        var page = await Dashboard.SignedIn($"/plans/{HualingPlan}", Roles.Viewer, "viewer-hualing");

        await Expect(page.Locator("[data-plan-title]")).ToHaveTextAsync("华铃花园社区物业党建联建三年工作规划（2024—2026年）");
        await Expect(page.Locator("[data-milestone=security-system]")).ToContainTextAsync("安防系统");
        await Expect(page.Locator("[data-milestone=security-system]")).ToContainTextAsync("已验收");
        await Expect(page.Locator("[data-milestone=security-system] [data-person]").First).ToHaveTextAsync("华铃花园小区党支部");
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("华铃花园"));
        await page.SetViewportSizeAsync(1440, 900);
        await DashboardFixture.Screenshot(page, "plans-hualing-desktop");
        await page.SetViewportSizeAsync(390, 844);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), "the plan page is wider than a 390 px phone");
        await DashboardFixture.Screenshot(page, "plans-hualing-phone");
    }

    [Theory]
    [InlineData(Roles.Viewer, "viewer-readonly", new string[0])]
    [InlineData(Roles.PlanOwner, "owner-elsewhere", new[] { "xiamen.jimei.xinglin.ningbao.ningbao-shijia.plan-x" })]
    [InlineData(Roles.Staff, "staff-fangzhi", new[] { "xiamen.jimei.xinglin.fangzhi" })]
    public async Task Callers_who_do_not_own_the_plan_are_not_offered_any_step(string role, string subject, string[] scopes)
    {
        var page = await Dashboard.SignedIn($"/plans/{HualingPlan}", role, subject, scopes);

        await Expect(page.Locator("[data-read-only=true]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-milestone]").First).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-milestone] [data-action]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-milestone] input").CountAsync());
    }

    private async Task<IPage> SignedInAs(string path, string role, string subject, string name, params string[] scopes)
    {
        var page = await Dashboard.Anonymous();
        await page.GotoAsync($"/sign-in?ReturnUrl={Uri.EscapeDataString(path)}");
        await page.FillAsync("#token", Dashboard.Host.Services.GetRequiredService<AccessTokens>().Issue(role, scopes, subject, name: name));
        await page.ClickAsync("[data-action=sign-in]");
        await DashboardFixture.Ready(page);
        return page;
    }

    /// <summary>A fresh plan of Ningbao Shijia (the report's display-screen works), one milestone overdue.</summary>
    private async Task<string> CreatePlan()
    {
        var slug = $"e2e-{Guid.NewGuid():N}"[..16];
        using var api = Dashboard.Host.Api(Roles.Admin, "admin-plan");
        var created = await api.PostAsJsonAsync($"/api/v1/compounds/{Ningbao}/plans", new
        {
            slug,
            title = "Ningbao Shijia public display screen",
            titleZh = "宁宝世家公共显示屏建设",
            parties = new[] { "Ningbao community party committee", "Ningbao Shijia owners' committee" },
            partiesZh = new[] { "宁宝社区党委", "宁宝世家业委会" },
            periodStart = "2025-01-01",
            periodEnd = "2027-12-31",
            milestones = new[]
            {
                new { id = "display", title = "Display screen installed", titleZh = "公共显示屏安装", kind = "other", due = "2027-06-30", weight = 2, owner = "Owners' committee", ownerZh = "业委会" },
                new { id = "wiring", title = "Power and wiring", titleZh = "供电布线", kind = "other", due = "2025-03-31", weight = 1, owner = "Property company", ownerZh = "物业公司" },
            },
        });
        created.EnsureSuccessStatusCode();
        return $"{Ningbao}.plan-{slug}";
    }
}
