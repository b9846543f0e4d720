using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// A plan owner attaches photos and PDFs to a milestone's step: checked by size and by what the bytes are, stored in
/// the database or not at all, served back to whoever may read the plan with a type the browser may not second-guess.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class EvidenceApiTests(PlatformFixture platform)
{
    private const string Ningbao = "xiamen.jimei.xinglin.ningbao.ningbao-shijia";

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];

    private readonly HttpClient _admin = platform.CreateClient();
    private readonly GrainRows _rows = new(platform.DatabasePath);

    [Fact]
    public async Task A_photo_ticked_with_a_note_is_in_the_history_by_display_name_and_readable_by_a_viewer_as_an_inline_png()
    {
        var planId = await CreatePlan();
        using var owner = Owner(planId, "李建溪");

        var uploaded = await owner.PostAsync($"/api/v1/plans/{planId}/milestones/display/evidence", Form(Png, "工地.png", "application/octet-stream"));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var evidence = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("image/png", 16L), (evidence.GetProperty("contentType").GetString(), evidence.GetProperty("size").GetInt64()));
        var id = evidence.GetProperty("id").GetString()!;

        var ticked = await owner.PostAsJsonAsync($"/api/v1/plans/{planId}/milestones/display/tick", new { note = "屏幕已安装", evidence = new[] { id } });

        Assert.Equal(HttpStatusCode.OK, ticked.StatusCode);
        var step = (await ticked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("milestones")[0].GetProperty("history")[0];
        Assert.Equal(("plan-owner-li", "李建溪", "finish", "done", true), (
            step.GetProperty("by").GetString(), step.GetProperty("byName").GetString(),
            step.GetProperty("step").GetString(), step.GetProperty("state").GetString(), step.GetProperty("done").GetBoolean()));
        Assert.Equal(id, step.GetProperty("evidence")[0].GetProperty("id").GetString());

        using var viewer = platform.As(Roles.Viewer, "viewer-evidence");
        var read = await viewer.GetAsync($"/api/v1/plans/{planId}/evidence/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("image/png", read.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", read.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("inline", read.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(Png, await read.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_pdf_is_served_as_an_attachment()
    {
        var planId = await CreatePlan();
        using var owner = Owner(planId);
        var uploaded = await owner.PostAsync($"/api/v1/plans/{planId}/milestones/gate/evidence", Form(Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF"), "acceptance.pdf", "application/pdf"));
        var id = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var read = await _admin.GetAsync($"/api/v1/plans/{planId}/evidence/{id}");

        Assert.Equal(("application/pdf", "attachment", "acceptance.pdf"), (read.Content.Headers.ContentType?.MediaType, read.Content.Headers.ContentDisposition?.DispositionType, read.Content.Headers.ContentDisposition?.FileNameStar ?? read.Content.Headers.ContentDisposition?.FileName));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_413_and_nothing_is_stored()
    {
        var planId = await CreatePlan();
        using var owner = Owner(planId);
        var before = await _rows.EvidenceFiles();
        var photo = new byte[(10 * 1024 * 1024) + 1];
        Png.CopyTo(photo, 0);

        var refused = await owner.PostAsync($"/api/v1/plans/{planId}/milestones/display/evidence", Form(photo, "huge.png", "image/png"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await _rows.EvidenceFiles());
    }

    [Theory]
    [InlineData("<html><script>alert(1)</script></html>", "image/png")]
    [InlineData("GIF89a....", "image/gif")]
    [InlineData("MZ\u0090\u0000 an executable", "application/pdf")]
    public async Task A_file_that_is_no_photo_or_pdf_is_refused_with_415_whatever_it_claims_and_nothing_is_stored(string content, string claimed)
    {
        var planId = await CreatePlan();
        using var owner = Owner(planId);
        var before = await _rows.EvidenceFiles();

        var refused = await owner.PostAsync($"/api/v1/plans/{planId}/milestones/display/evidence", Form(Encoding.Latin1.GetBytes(content), "photo.png", claimed));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        Assert.Equal(before, await _rows.EvidenceFiles());
    }

    [Fact]
    public async Task A_milestone_holds_at_most_20_files_no_step_names_the_next_upload_gets_409_and_naming_one_makes_room()
    {
        var planId = await CreatePlan();
        using var owner = Owner(planId);
        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var uploaded = await owner.PostAsync($"/api/v1/plans/{planId}/milestones/display/evidence", Form(Png, $"site-{i}.png", "image/png"));
            Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
            ids.Add((await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }

        var before = await _rows.EvidenceFiles();
        var refused = await owner.PostAsync($"/api/v1/plans/{planId}/milestones/display/evidence", Form(Png, "one-more.png", "image/png"));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no step names", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(before, await _rows.EvidenceFiles());

        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsJsonAsync($"/api/v1/plans/{planId}/milestones/display/tick", new { evidence = ids.Take(1) })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await owner.PostAsync($"/api/v1/plans/{planId}/milestones/display/evidence", Form(Png, "one-more.png", "image/png"))).StatusCode);
    }

    [Fact]
    public async Task An_empty_form_is_refused_with_400()
    {
        var planId = await CreatePlan();
        using var owner = Owner(planId);

        var refused = await owner.PostAsync($"/api/v1/plans/{planId}/milestones/display/evidence", new MultipartFormDataContent { { new StringContent("x"), "note" } });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task Evidence_uploaded_to_another_milestone_cannot_be_named_by_a_step_and_the_step_changes_nothing()
    {
        var planId = await CreatePlan();
        using var owner = Owner(planId);
        var uploaded = await owner.PostAsync($"/api/v1/plans/{planId}/milestones/gate/evidence", Form(Png, "gate.png", "image/png"));
        var id = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var refused = await owner.PostAsJsonAsync($"/api/v1/plans/{planId}/milestones/display/tick", new { evidence = new[] { id } });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var plan = await _admin.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{planId}");
        Assert.Equal(1, plan.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Evidence_is_read_only_through_its_own_plan()
    {
        var planId = await CreatePlan();
        var otherPlan = await CreatePlan();
        using var owner = Owner(planId);
        var uploaded = await owner.PostAsync($"/api/v1/plans/{planId}/milestones/gate/evidence", Form(Png, "gate.png", "image/png"));
        var id = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync($"/api/v1/plans/{otherPlan}/evidence/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await platform.Anonymous().GetAsync($"/api/v1/plans/{planId}/evidence/{id}")).StatusCode);
    }

    [Fact]
    public async Task Start_inspect_and_untick_walk_the_states_and_the_old_tick_and_untick_keep_their_done_flag()
    {
        var planId = await CreatePlan();
        using var owner = Owner(planId);

        var states = new List<(string, bool)>();
        foreach (var step in new[] { "start", "tick", "inspect", "untick", "untick" })
        {
            var answer = await owner.PostAsJsonAsync($"/api/v1/plans/{planId}/milestones/gate/{step}", new { note = step });
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var gate = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("milestones")[1];
            states.Add((gate.GetProperty("state").GetString()!, gate.GetProperty("done").GetBoolean()));
        }

        Assert.Equal([("inProgress", false), ("done", true), ("inspected", true), ("done", true), ("inProgress", false)], states);
        Assert.Equal(HttpStatusCode.Conflict, (await owner.PostAsJsonAsync($"/api/v1/plans/{planId}/milestones/display/inspect", new { })).StatusCode);
    }

    [Fact]
    public async Task A_plan_keeps_its_chinese_texts_beside_the_english()
    {
        var planId = await CreatePlan();

        var plan = await _admin.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{planId}");

        Assert.Equal("公共显示屏与大门", plan.GetProperty("titleZh").GetString());
        Assert.Equal(["宁宝社区", "宁宝世家业委会"], plan.GetProperty("partiesZh").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(("公共显示屏", "业委会"), (plan.GetProperty("milestones")[0].GetProperty("titleZh").GetString(), plan.GetProperty("milestones")[0].GetProperty("ownerZh").GetString()));
    }

    private HttpClient Owner(string planId, string? name = null)
    {
        var client = platform.CreateClient();
        var token = platform.Services.GetRequiredService<AccessTokens>().Issue(Roles.PlanOwner, [planId], "plan-owner-li", name: name);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task An_upload_with_an_idempotency_key_is_stored_once_and_its_retry_gets_the_same_answer()
    {
        var planId = await CreatePlan();
        using var owner = Owner(planId, "李建溪");
        var path = $"/api/v1/plans/{planId}/milestones/display/evidence";
        var key = $"upload-{Guid.NewGuid():N}";

        var first = await Upload();
        var retry = await Upload();

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode));
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString(),
            (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());

        Task<HttpResponseMessage> Upload()
        {
            // A retry sends the same bytes, so the multipart boundary is the same too.
            var file = new ByteArrayContent(Png);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new MultipartFormDataContent("retry-boundary") { { file, "file", "工地.png" } } };
            request.Headers.Add("Idempotency-Key", key);
            return owner.SendAsync(request);
        }
    }

    private static MultipartFormDataContent Form(byte[] content, string fileName, string claimedType)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(claimedType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private async Task<string> CreatePlan()
    {
        var slug = $"ev-{Guid.NewGuid():N}"[..16];
        var response = await _admin.PostAsJsonAsync($"/api/v1/compounds/{Ningbao}/plans", new
        {
            slug,
            title = "Public display screen and gate",
            titleZh = "公共显示屏与大门",
            parties = new[] { "Ningbao community", "Ningbao Shijia owners' committee" },
            partiesZh = new[] { "宁宝社区", "宁宝世家业委会" },
            periodStart = "2026-01-01",
            periodEnd = "2026-12-31",
            milestones = new[]
            {
                new { id = "display", title = "Public display screen", titleZh = "公共显示屏", kind = "other", due = "2026-12-01", weight = 2, owner = "owners' committee", ownerZh = "业委会" },
                new { id = "gate", title = "Gate repair", titleZh = "大门维修", kind = "other", due = "2026-12-15", weight = 1, owner = "property", ownerZh = "物业" },
            },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return $"{Ningbao}.plan-{slug}";
    }
}
