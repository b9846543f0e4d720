using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Endpoints;
using static OrleansGovernance.Api.Tests.AccessPlatform;

namespace OrleansGovernance.Api.Tests;

/// <summary>Door visits over HTTP on the access platform's community: who sees what, the request a visit files, the figures.</summary>
[Collection(AccessCollection.Name)]
public sealed class VisitsApiTests(AccessPlatform platform)
{
    private const string Households = $"/api/v1/communities/{Community}/households";
    private const string Visits = $"/api/v1/communities/{Community}/visits";

    private HttpClient Staff => platform.Caller(Roles.Staff);

    [Fact]
    public async Task A_visit_that_files_a_request_puts_it_on_the_desk_and_the_month_count_moves_in_the_summary()
    {
        await platform.Ready();
        var reference = await Register(inDifficulty: true);
        var before = await InDifficultyThisMonth();

        var recorded = await Staff.PostAsJsonAsync(Visits, new
        {
            householdReference = reference,
            kind = "inDifficulty",
            findings = "Lives alone; the stair light is out",
            fileRequest = new { category = "elderlyCare" },
        });

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var visit = await recorded.Content.ReadFromJsonAsync<JsonElement>();
        var ticket = JsonDocument.Parse(await Staff.GetStringAsync($"/api/v1/tickets/{visit.GetProperty("ticketId").GetString()}")).RootElement;
        Assert.Equal(("submitted", "walkIn", Compound), (ticket.GetProperty("status").GetString(), ticket.GetProperty("channel").GetString(), ticket.GetProperty("compoundId").GetString()));
        // What was found stays with the visit: a request's description is read far more widely.
        Assert.Equal(VisitRecording.FiledFromVisit, ticket.GetProperty("description").GetString());
        await Eventually.Until(InDifficultyThisMonth, count => count == before + 1);
        var household = (await Read(Staff, Households)).EnumerateArray().Single(h => h.GetProperty("reference").GetString() == reference);
        Assert.False(household.GetProperty("overdue").GetBoolean());
        Assert.Equal(visit.GetProperty("visitedAt").GetDateTimeOffset(), household.GetProperty("lastVisitedAt").GetDateTimeOffset());
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Resident)]
    [InlineData("staff-elsewhere")]
    public async Task Callers_outside_the_community_see_a_household_by_its_reference_and_nothing_of_what_was_found(string role)
    {
        await platform.Ready();
        var reference = await Register(inDifficulty: true);
        (await Staff.PostAsJsonAsync(Visits, new { householdReference = reference, kind = "inDifficulty", findings = "Debts; son in hospital" })).EnsureSuccessStatusCode();

        var household = (await Read(platform.Caller(role), Households)).EnumerateArray().Single(h => h.GetProperty("reference").GetString() == reference);
        var visits = await platform.Caller(role).GetStringAsync(Visits);

        foreach (var withheld in new[] { "compoundId", "inDifficulty", "cadenceDays", "registeredAt", "lastVisitedAt", "dueAt", "overdue" })
        {
            Assert.Equal(JsonValueKind.Null, household.GetProperty(withheld).ValueKind);
        }

        Assert.Contains(reference, visits, StringComparison.Ordinal);
        Assert.DoesNotContain("Debts", visits, StringComparison.Ordinal);
        var visit = JsonDocument.Parse(visits).RootElement.EnumerateArray().Single(v => v.GetProperty("householdReference").GetString() == reference);
        Assert.Equal(JsonValueKind.Null, visit.GetProperty("kind").ValueKind);
        Assert.DoesNotContain("staff-fangzhi", visits, StringComparison.Ordinal);
        Assert.Contains("Debts", await Staff.GetStringAsync(Visits), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visit_to_a_household_not_on_the_register_is_refused_and_files_nothing()
    {
        await platform.Ready();
        var tickets = await new GrainRows(platform.DatabasePath).OfState("ticket");
        var before = await Staff.GetStringAsync(Visits);

        var refused = await Staff.PostAsJsonAsync(Visits, new { householdReference = "m-never-registered", kind = "newResident", findings = "Nobody home", fileRequest = new { category = "noise" } });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(tickets, await new GrainRows(platform.DatabasePath).OfState("ticket"));
        Assert.Equal(before, await Staff.GetStringAsync(Visits));
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("202611")]
    [InlineData("last month")]
    public async Task A_month_not_written_yyyy_mm_is_refused(string month)
    {
        await platform.Ready();

        var refused = await Staff.GetAsync($"{Visits}?month={Uri.EscapeDataString(month)}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task A_cadence_is_only_for_a_household_in_difficulty_and_within_a_year()
    {
        await platform.Ready();
        var reference = $"m-cadence-{Guid.NewGuid():N}"[..30];

        var notInDifficulty = await Staff.PostAsJsonAsync(Households, new { reference, compoundId = Compound, cadenceDays = 7 });
        var tooRare = await Staff.PostAsJsonAsync(Households, new { reference, compoundId = Compound, inDifficulty = true, cadenceDays = 400 });
        var monthly = await Staff.PostAsJsonAsync(Households, new { reference, compoundId = Compound, inDifficulty = true });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.Created), (notInDifficulty.StatusCode, tooRare.StatusCode, monthly.StatusCode));
        Assert.Equal(30, (await monthly.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cadenceDays").GetInt32());
        var weekly = await Staff.PutAsJsonAsync($"{Households}/{reference}/cadence", new { cadenceDays = 7 });
        Assert.Equal(7, (await weekly.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cadenceDays").GetInt32());
    }

    private async Task<string> Register(bool inDifficulty)
    {
        var reference = $"m-{Guid.NewGuid():N}"[..20];
        (await Staff.PostAsJsonAsync(Households, new { reference, compoundId = Compound, inDifficulty })).EnsureSuccessStatusCode();
        return reference;
    }

    private async Task<int> InDifficultyThisMonth()
    {
        var summary = await Read(platform.Caller(Roles.Viewer), $"/api/v1/communities/{Community}/summary");
        var month = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMM", System.Globalization.CultureInfo.InvariantCulture);
        return summary.GetProperty("visits").TryGetProperty(month, out var counts) ? counts.GetProperty("inDifficulty").GetInt32() : 0;
    }

    private static async Task<JsonElement> Read(HttpClient client, string path) => JsonDocument.Parse(await client.GetStringAsync(path)).RootElement;
}
