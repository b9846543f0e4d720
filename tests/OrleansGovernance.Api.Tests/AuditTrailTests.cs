using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Tests;

[Collection(PlatformCollection.Name)]
public sealed class AuditTrailTests(PlatformFixture platform)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";
    private const string Compound = Fangzhi + ".xiaoqu-04";

    [Fact]
    public async Task Every_write_is_recorded_with_who_when_what_and_how_it_ended_and_reads_are_not()
    {
        using var staff = platform.As(Roles.Staff, "staff-audited", Fangzhi);
        using var admin = platform.CreateClient();
        var filed = await staff.PostAsJsonAsync("/api/v1/tickets", new { compoundId = Compound, category = "noise", channel = "hotline", description = "Loud fans" });
        var id = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await staff.GetAsync($"/api/v1/tickets/{id}");
        var refused = await staff.PostAsJsonAsync($"/api/v1/tickets/{id}/settle", new { note = "too early" });

        var trail = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?subject={id}");

        var entries = trail.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(
            [("POST /api/v1/tickets/{id}/settle", 409), ("POST /api/v1/tickets/", 201)],
            entries.Select(e => (e.GetProperty("action").GetString()!, e.GetProperty("status").GetInt32())));
        Assert.All(entries, e => Assert.Equal(("staff-audited", "staff"), (e.GetProperty("actor").GetString(), e.GetProperty("role").GetString())));
        var filing = entries[^1];
        Assert.Equal("/api/v1/tickets", filing.GetProperty("target").GetString());
        Assert.True(DateTimeOffset.UtcNow - filing.GetProperty("at").GetDateTimeOffset() < TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task The_trail_is_kept_in_the_database_beside_the_grain_state()
    {
        using var staff = platform.As(Roles.Staff, "staff-durable", Fangzhi);
        (await staff.PostAsJsonAsync($"/api/v1/communities/{Fangzhi}/resources", new { resource = new { title = "Courtyard", offeredBy = "Block 3" } })).EnsureSuccessStatusCode();

        await using var connection = new SqliteConnection($"Data Source={platform.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT action || ' ' || status FROM governance_audit WHERE actor = 'staff-durable'";

        Assert.Equal("POST /api/v1/communities/{id}/resources 201", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_page_of_the_trail_points_to_the_next_older_page()
    {
        using var admin = platform.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            (await admin.PostAsJsonAsync($"/api/v1/compounds/{Compound}/branch/vanguard-teams", new { name = $"Patrol {i}", nameZh = "巡逻队", members = 3 })).EnsureSuccessStatusCode();
        }

        var first = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?subject={Compound}&limit=2");
        var before = first.GetProperty("before").GetInt64();
        var second = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?subject={Compound}&limit=2&before={before}");

        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(ids.Count >= 3);
    }
}
