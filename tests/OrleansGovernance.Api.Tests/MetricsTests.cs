using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// /metrics on the co-hosted silo (no management port configured): admins only, with Orleans', the runtime's and the
/// platform's series. ASP.NET Core's are checked in <see cref="MetricsPortTests"/>: its meters carry the same names in
/// every host of this test process, and a test host that stops ends the exporter's stream of that name.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class MetricsTests(PlatformFixture platform)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";

    // No other test files elderly-care requests, so the counters below move with this test alone.
    private const string Category = "category=\"elderlyCare\"";

    [Fact]
    public async Task Filing_and_settling_a_request_moves_the_platform_counters_and_the_figures_freshness()
    {
        var before = await Scrape();
        using var resident = platform.As(Roles.Resident, "resident-he");
        using var staff = platform.As(Roles.Staff, "grid-worker-xu", Fangzhi);
        var created = await resident.PostAsJsonAsync("/api/v1/tickets", new
        {
            compoundId = Fangzhi + ".hualing-garden",
            category = "elderlyCare",
            channel = "walkIn",
            description = "Handrail loose on stair 3",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        foreach (var (step, body) in new (string, object)[]
        {
            ("acknowledge", new { note = "seen" }),
            ("claim", new { party = "propertyCompany", claimantName = "Chengfa property" }),
            ("settle", new { note = "handrail fixed" }),
        })
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/api/v1/tickets/{id}/{step}", body)).StatusCode);
        }

        var after = await Eventually.Until(Scrape, text =>
            Freshness(text, "compound") > Freshness(before, "compound") && Freshness(text, "community") > Freshness(before, "community"));

        Assert.Equal(1, PrometheusText.Sum(after, "governance_tickets_submitted_total", Category) - PrometheusText.Sum(before, "governance_tickets_submitted_total", Category));
        Assert.Equal(1, PrometheusText.Sum(after, "governance_tickets_settled_total", Category) - PrometheusText.Sum(before, "governance_tickets_settled_total", Category));
        Assert.True(Freshness(after, "compound") > Freshness(before, "compound"), "the compound's publication of the request records its freshness");
        Assert.True(Freshness(after, "community") > Freshness(before, "community"), "the community's publication of the compound records its freshness");
        Assert.Equal(1, PrometheusText.Sum(after, "governance_cluster_active_silos"));
        Assert.True(PrometheusText.HasSeries(after, "orleans_"), "Orleans' own meter is exported");
        Assert.True(PrometheusText.HasSeries(after, "dotnet_"), "the .NET runtime's meter is exported");
    }

    [Fact]
    public async Task Metrics_are_refused_to_anonymous_callers_and_to_roles_other_than_admin()
    {
        using var anonymous = platform.Anonymous();
        using var viewer = platform.As(Roles.Viewer);
        using var staff = platform.As(Roles.Staff, "grid-worker-xu", Fangzhi);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/metrics")).StatusCode);
    }

    private static double Freshness(string text, string level) =>
        PrometheusText.Sum(text, "governance_figures_freshness_seconds_count", $"level=\"{level}\"");

    private async Task<string> Scrape()
    {
        using var admin = platform.CreateClient();
        var response = await admin.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
