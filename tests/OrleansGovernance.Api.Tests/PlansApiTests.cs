using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Tests;

[Collection(PlatformCollection.Name)]
public sealed class PlansApiTests(PlatformFixture platform)
{
    private const string Ningbao = "xiamen.jimei.xinglin.ningbao.ningbao-shijia";

    private readonly HttpClient _http = platform.CreateClient();

    [Fact]
    public async Task Two_owners_ticking_from_the_same_read_cannot_overwrite_each_other()
    {
        var planId = await CreatePlan();
        var read = await _http.GetAsync($"/api/v1/plans/{planId}");
        var etag = read.Headers.ETag!.Tag;

        var first = await Tick(planId, "display", etag);
        var second = await Tick(planId, "gate", etag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        var plan = await _http.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{planId}");
        var done = plan.GetProperty("milestones").EnumerateArray().Where(m => m.GetProperty("done").GetBoolean()).Select(m => m.GetProperty("id").GetString());
        Assert.Equal(["display"], done);
    }

    [Fact]
    public async Task Of_many_owners_ticking_at_once_from_the_same_read_exactly_one_succeeds()
    {
        var planId = await CreatePlan();
        var etag = (await _http.GetAsync($"/api/v1/plans/{planId}")).Headers.ETag!.Tag;

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Tick(planId, i % 2 == 0 ? "display" : "gate", etag)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(7, answers.Count(a => a.StatusCode == HttpStatusCode.PreconditionFailed));
        var plan = await _http.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{planId}");
        Assert.Single(plan.GetProperty("milestones").EnumerateArray(), m => m.GetProperty("done").GetBoolean());
    }

    [Fact]
    public async Task A_tick_records_who_when_and_why_and_moves_the_compound_progress()
    {
        var planId = await CreatePlan();
        var before = await Eventually.Until(Progress, progress => progress is not null);

        var response = await Tick(planId, "gate", etag: null);

        var milestone = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("milestones").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "gate");
        var tick = milestone.GetProperty("history")[0];
        Assert.Equal(("plan-owner-li", "checked on site"), (tick.GetProperty("by").GetString(), tick.GetProperty("note").GetString()));
        Assert.NotEqual(before, await Eventually.Until(Progress, progress => progress != before));
    }

    private async Task<string> CreatePlan()
    {
        var slug = $"test-{Guid.NewGuid():N}"[..16];
        var response = await _http.PostAsJsonAsync($"/api/v1/compounds/{Ningbao}/plans", new
        {
            slug,
            title = "Public display screen and gate",
            parties = new[] { "Ningbao community", "Ningbao Shijia owners' committee" },
            periodStart = "2026-01-01",
            periodEnd = "2026-12-31",
            milestones = new[]
            {
                new { id = "display", title = "Public display screen", kind = "other", due = "2026-12-01", weight = 2, owner = "owners' committee" },
                new { id = "gate", title = "Gate repair", kind = "other", due = "2026-12-15", weight = 1, owner = "property" },
            },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return $"{Ningbao}.plan-{slug}";
    }

    private async Task<HttpResponseMessage> Tick(string planId, string milestone, string? etag)
    {
        using var owner = platform.As(Roles.PlanOwner, "plan-owner-li", planId);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/plans/{planId}/milestones/{milestone}/tick")
        {
            Content = JsonContent.Create(new { note = "checked on site" }),
        };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return await owner.SendAsync(request);
    }

    private async Task<double?> Progress()
    {
        var progress = (await _http.GetFromJsonAsync<JsonElement>($"/api/v1/compounds/{Ningbao}/summary")).GetProperty("plans").GetProperty("progress");
        return progress.ValueKind == JsonValueKind.Null ? null : progress.GetDouble();
    }
}
