using System.Net.Http.Json;
using System.Text.Json;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Tests;

/// <summary>Service days and recurring services through the API, on the seeded Xinglin.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ServiceDaysApiTests(PlatformFixture platform)
{
    private const string Xinglin = "xiamen.jimei.xinglin";
    private const string Ningbao = Xinglin + ".ningbao";
    private const string Fangzhi = Xinglin + ".fangzhi";

    private readonly HttpClient _http = platform.CreateClient();

    [Fact]
    public async Task The_subdistrict_summary_counts_the_seeded_service_days_per_month_and_year_with_the_missed_month()
    {
        // The seed's one missed month, and every month since the seed's last that is over by now, in each community.
        var seeded = Domain.ChinaTime.Month(DateTimeOffset.Parse(PlatformFixture.SeedUntil, System.Globalization.CultureInfo.InvariantCulture));
        var monthsOverSince = 0;
        for (var month = Domain.ChinaTime.NextMonth(seeded); month < Domain.ChinaTime.Month(DateTimeOffset.UtcNow); month = Domain.ChinaTime.NextMonth(month))
        {
            monthsOverSince++;
        }

        var summary = await Eventually.Until(
            async () => await _http.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Xinglin}/summary"),
            s => s.GetProperty("serviceDays").GetProperty("months").EnumerateObject().Sum(m => m.Value.GetProperty("missed").GetInt32()) == 1 + (11 * monthsOverSince));
        var serviceDays = summary.GetProperty("serviceDays");

        var months = serviceDays.GetProperty("months").EnumerateObject().Where(m => int.Parse(m.Name, System.Globalization.CultureInfo.InvariantCulture) <= seeded).ToList();
        Assert.Equal(12, months.Count);
        Assert.All(months, m => Assert.Equal(11, m.Value.GetProperty("scheduled").GetInt32()));
        var years = serviceDays.GetProperty("years").EnumerateObject().ToList();
        Assert.Equal(months.Sum(m => m.Value.GetProperty("held").GetInt32()), years.Sum(y => y.Value.GetProperty("held").GetInt32()));
        Assert.Equal(months.Sum(m => m.Value.GetProperty("residentsServed").GetInt32()), years.Sum(y => y.Value.GetProperty("residentsServed").GetInt32()));
        Assert.Contains(summary.GetProperty("deliveries").GetProperty("months").EnumerateObject(), m => m.Value.GetProperty("delivered").GetInt32() > 0);
    }

    [Fact]
    public async Task The_household_of_a_recurring_service_is_shown_to_the_community_s_staff_only()
    {
        using var ningbaoStaff = platform.As(Roles.Staff, "staff-ningbao-lunch", Ningbao);
        using var fangzhiStaff = platform.As(Roles.Staff, "staff-fangzhi-lunch", Fangzhi);
        using var viewer = platform.As(Roles.Viewer);

        var own = await ningbaoStaff.GetFromJsonAsync<JsonElement>($"/api/v1/communities/{Ningbao}/recurring-services");
        var lunch = own.GetProperty("services")[0];

        Assert.Equal("ningbao-shijia-hh-001", lunch.GetProperty("household").GetString());
        Assert.Equal("resource-0001", lunch.GetProperty("resourceId").GetString());
        Assert.Contains(own.GetProperty("missed").EnumerateArray(), m => m.GetProperty("household").GetString() == "ningbao-shijia-hh-001");
        foreach (var reader in new[] { viewer, fangzhiStaff })
        {
            var text = await reader.GetStringAsync($"/api/v1/communities/{Ningbao}/recurring-services");
            Assert.DoesNotContain("ningbao-shijia-hh-001", text, StringComparison.Ordinal);
            Assert.NotEmpty(JsonDocument.Parse(text).RootElement.GetProperty("missed").EnumerateArray());
        }
    }

    [Fact]
    public async Task A_service_day_of_a_month_already_held_is_refused_with_a_problem()
    {
        using var staff = platform.As(Roles.Staff, "staff-fangzhi-days", Fangzhi);
        var days = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/communities/{Fangzhi}/service-days");
        var held = days.GetProperty("days").EnumerateArray().First(d => d.GetProperty("held").GetBoolean());

        var again = await staff.PostAsJsonAsync($"/api/v1/communities/{Fangzhi}/service-days/held",
            new { heldOn = held.GetProperty("date").GetString(), services = new[] { "Haircuts" }, residentsServed = 10 });

        Assert.Equal(System.Net.HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_openapi_document_shows_example_bodies_for_the_service_day_and_recurring_service_writes()
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        foreach (var (path, member) in new[]
        {
            ("/api/v1/communities/{id}/service-days", "date"),
            ("/api/v1/communities/{id}/service-days/held", "residentsServed"),
            ("/api/v1/communities/{id}/recurring-services", "household"),
        })
        {
            var example = paths.GetProperty(path).GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
            Assert.True(example.TryGetProperty(member, out _), $"the example of {path} lacks '{member}'");
        }

        var summary = paths.GetProperty("/api/v1/regions/{id}/summary").GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.Equal(1, summary.GetProperty("serviceDays").GetProperty("months").GetProperty("202611").GetProperty("missed").GetInt32());
        Assert.Equal(18, summary.GetProperty("deliveries").GetProperty("years").GetProperty("2026").GetProperty("delivered").GetInt32());
    }
}
