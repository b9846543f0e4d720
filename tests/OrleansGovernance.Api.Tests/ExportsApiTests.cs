using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OrleansGovernance.Api.Tests;

[Collection(PlatformCollection.Name)]
public sealed class ExportsApiTests(PlatformFixture platform)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";
    private const string Hualing = Fangzhi + ".hualing-garden";
    private const string HualingPlan = Hualing + ".plan-2024-2026";

    private readonly HttpClient _http = platform.CreateClient();

    [Fact]
    public async Task The_ticket_export_has_a_header_and_one_row_per_ticket_the_listing_shows()
    {
        var response = await _http.GetAsync($"/api/v1/exports/tickets.csv?place={Fangzhi}&status=settled,rated");
        var listed = await ListedIds($"place={Fangzhi}&status=settled,rated");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith($"tickets-{Fangzhi}-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = Csv.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal("id", rows[0][0]);
        Assert.All(rows, row => Assert.Equal(rows[0].Length, row.Length));
        Assert.NotEmpty(listed);
        Assert.Equal(listed, rows.Skip(1).Select(row => row[0]));
        Assert.All(rows.Skip(1), row => Assert.Contains(row[Array.IndexOf(rows[0], "status")], new[] { "settled", "rated" }));
    }

    [Fact]
    public async Task Cells_that_would_start_a_formula_are_escaped_and_quoting_keeps_every_character()
    {
        const string description = "=HYPERLINK(\"http://evil.example\",\"点击\"),\r\nsecond line";

        // Filed by a resident, so the admin exporting it sees the reporter masked.
        using var resident = platform.As(Access.Roles.Resident, "resident-formula");
        var created = await resident.PostAsJsonAsync("/api/v1/tickets", new
        {
            compoundId = Hualing,
            category = "noise",
            channel = "walkIn",
            description,
            location = "-1 floor, \"B\"",
            reporter = new { name = "@陈", phone = "13800001234" },
        });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await Eventually.Until(() => ListedIds($"place={Hualing}"), ids => ids.Contains(id!));

        var rows = Csv.Parse(await ExportText($"/api/v1/exports/tickets.csv?place={Hualing}"));

        var header = rows[0];
        var row = rows.Single(r => r[0] == id);
        Assert.Equal("'" + description, row[Array.IndexOf(header, "description")]);
        Assert.Equal("'-1 floor, \"B\"", row[Array.IndexOf(header, "location")]);
        Assert.Equal("'@**", row[Array.IndexOf(header, "reporterName")]);
        Assert.Equal("*******1234", row[Array.IndexOf(header, "reporterPhone")]);
        Assert.EndsWith("+08:00", row[Array.IndexOf(header, "submittedAt")]);
    }

    [Fact]
    public async Task The_milestone_export_lists_every_milestone_of_the_Hualing_Garden_plan()
    {
        var plan = await _http.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{HualingPlan}");

        var rows = Csv.Parse(await ExportText($"/api/v1/exports/milestones.csv?place={Hualing}"));

        var header = rows[0];
        Assert.Equal(["planId", "planTitle"], header[..2]);
        var planRows = rows.Skip(1).Where(r => r[0] == HualingPlan).ToList();
        Assert.Equal(
            plan.GetProperty("milestones").EnumerateArray().Select(m => (m.GetProperty("id").GetString(), m.GetProperty("done").GetBoolean() ? "true" : "false")),
            planRows.Select(r => ((string?)r[Array.IndexOf(header, "milestoneId")], r[Array.IndexOf(header, "done")])));
        Assert.All(planRows, r => Assert.Equal(plan.GetProperty("title").GetString(), r[1]));
    }

    [Fact]
    public async Task The_milestone_export_of_a_community_covers_the_plans_of_its_compounds()
    {
        var rows = Csv.Parse(await ExportText($"/api/v1/exports/milestones.csv?place={Fangzhi}"));

        Assert.Contains(rows, r => r[0] == HualingPlan);
        Assert.All(rows.Skip(1), r => Assert.StartsWith(Fangzhi + ".", r[0]));
    }

    [Theory]
    [InlineData("/api/v1/exports/tickets.csv?place=xiamen.nowhere", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/exports/milestones.csv?place=xiamen.jimei.xinglin.nowhere", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/exports/tickets.csv?place=xiamen&status=loud", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/exports/tickets.csv?place=xiamen&from=2024-01-01", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/exports/milestones.csv", HttpStatusCode.BadRequest)]
    public async Task A_bad_export_request_answers_with_problem_details_before_any_CSV(string path, HttpStatusCode status)
    {
        var response = await _http.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<string> ExportText(string path)
    {
        var response = await _http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return Encoding.UTF8.GetString(bytes[Encoding.UTF8.Preamble.Length..]);
    }

    private async Task<List<string>> ListedIds(string query)
    {
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await _http.GetFromJsonAsync<JsonElement>($"/api/v1/tickets?{query}&limit=200" + (cursor is null ? "" : $"&cursor={cursor}"));
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return ids;
    }
}
