using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Tests;

/// <summary>The party register over HTTP: who sees members' personal data, and how a service reaches the summary.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PartyRegisterApiTests(PlatformFixture platform)
{
    private const string Ningbao = "xiamen.jimei.xinglin.ningbao";
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";

    [Fact]
    public async Task Viewers_and_staff_of_other_communities_see_a_member_reference_but_no_name_phone_or_work_unit()
    {
        using var staff = platform.As(Roles.Staff, "staff-party-ningbao", Ningbao);
        var registered = await staff.PostAsJsonAsync($"/api/v1/communities/{Ningbao}/party-members", new
        {
            name = "Lin Hui", phone = "13900001234", standing = "inWork", workUnit = "Xinglin primary school", compoundId = (string?)null, registeredOn = "2024-05-01",
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        foreach (var reader in new[] { platform.As(Roles.Viewer), platform.As(Roles.Staff, "staff-party-fangzhi", Fangzhi) })
        {
            var text = await reader.GetStringAsync($"/api/v1/communities/{Ningbao}/party-members");
            var member = JsonDocument.Parse(text).RootElement.EnumerateArray().Single(m => m.GetProperty("id").GetString() == id);
            Assert.DoesNotContain("Lin Hui", text, StringComparison.Ordinal);
            Assert.DoesNotContain("13900001234", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Xinglin primary school", text, StringComparison.Ordinal);
            Assert.True(member.GetProperty("masked").GetBoolean());
            Assert.Equal("inWork", member.GetProperty("standing").GetString());
        }

        var own = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/communities/{Ningbao}/party-members");
        Assert.Equal("Lin Hui", own.EnumerateArray().Single(m => m.GetProperty("id").GetString() == id).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_recorded_service_reaches_the_community_summary_by_month_and_year()
    {
        using var staff = platform.As(Roles.Staff, "staff-party-fangzhi", Fangzhi);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var month = (today.Year * 100) + today.Month;
        var member = await Created(staff, "party-members", new { name = "Xu Min", phone = (string?)null, standing = "retired", workUnit = (string?)null, compoundId = (string?)null, registeredOn = "2023-01-01" });
        // A seeded team: forming one here would move the report's 68 that other tests pin.
        var team = (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/communities/{Fangzhi}/vanguard-teams"))[0].GetProperty("id").GetString()!;
        (await staff.PostAsJsonAsync($"/api/v1/communities/{Fangzhi}/vanguard-teams/{team}/members", new { memberId = member })).EnsureSuccessStatusCode();
        var before = await Summary(month);

        await Created(staff, "service-activities", new { date = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), teamId = team, memberIds = new[] { member }, hours = 2.5m, residentsServed = 9, description = "Cleared the stairwells" });

        var after = await Eventually.Until(() => Summary(month), s => s.Activities == before.Activities + 1);
        Assert.Equal((before.Hours + 2.5m, before.Residents + 9), (after.Hours, after.Residents));
        var activities = await platform.As(Roles.Viewer).GetFromJsonAsync<JsonElement>($"/api/v1/communities/{Fangzhi}/service-activities?month={month}");
        Assert.Contains(activities.EnumerateArray(), a => a.GetProperty("teamId").GetString() == team && a.GetProperty("recordedBy").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task A_service_with_a_member_not_registered_is_refused_with_a_problem()
    {
        using var staff = platform.As(Roles.Staff, "staff-party-fangzhi", Fangzhi);
        var teams = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/communities/{Fangzhi}/vanguard-teams");

        var refused = await staff.PostAsJsonAsync($"/api/v1/communities/{Fangzhi}/service-activities", new
        {
            date = "2024-05-01", teamId = teams[0].GetProperty("id").GetString(), memberIds = new[] { "pm-99999" }, hours = 1m, residentsServed = 1, description = "Visited elders",
        });

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_Xinglin_summary_counts_registered_members_by_standing_and_services_by_month_and_year()
    {
        var root = await platform.As(Roles.Viewer).GetFromJsonAsync<JsonElement>("/api/v1/regions/xiamen.jimei.xinglin/summary");
        var party = root.GetProperty("party");

        Assert.Equal(party.GetProperty("registered").GetInt32(), party.GetProperty("registeredInWork").GetInt32() + party.GetProperty("registeredRetired").GetInt32());
        Assert.True(party.GetProperty("registeredRetired").GetInt32() > 0);
        var months = party.GetProperty("months").EnumerateObject().ToList();
        Assert.NotEmpty(months);
        foreach (var year in party.GetProperty("years").EnumerateObject())
        {
            var ofYear = months.Where(m => m.Name.StartsWith(year.Name, StringComparison.Ordinal)).ToList();
            Assert.Equal(ofYear.Sum(m => m.Value.GetProperty("activities").GetInt32()), year.Value.GetProperty("activities").GetInt32());
            Assert.Equal(ofYear.Sum(m => m.Value.GetProperty("serviceHours").GetDecimal()), year.Value.GetProperty("serviceHours").GetDecimal());
        }
    }

    [Fact]
    public async Task The_openapi_document_shows_an_example_service_to_record()
    {
        using var document = JsonDocument.Parse(await platform.CreateClient().GetStringAsync("/openapi/v1.json"));

        var post = document.RootElement.GetProperty("paths").GetProperty("/api/v1/communities/{id}/service-activities").GetProperty("post");

        var example = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.Equal("team-1", example.GetProperty("teamId").GetString());
        Assert.Equal(2.5m, example.GetProperty("hours").GetDecimal());
    }

    private async Task<(int Activities, decimal Hours, int Residents)> Summary(int month)
    {
        var party = (await platform.As(Roles.Viewer).GetFromJsonAsync<JsonElement>($"/api/v1/communities/{Fangzhi}/summary")).GetProperty("party");
        return party.GetProperty("months").TryGetProperty(month.ToString(System.Globalization.CultureInfo.InvariantCulture), out var m)
            ? (m.GetProperty("activities").GetInt32(), m.GetProperty("serviceHours").GetDecimal(), m.GetProperty("residentsServed").GetInt32())
            : (0, 0m, 0);
    }

    private static async Task<string> Created(HttpClient staff, string list, object body)
    {
        var response = await staff.PostAsJsonAsync($"/api/v1/communities/{Fangzhi}/{list}", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
