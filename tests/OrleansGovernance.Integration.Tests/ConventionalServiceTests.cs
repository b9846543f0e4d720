using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Bench.Conventional;
using OrleansGovernance.Testing;

namespace OrleansGovernance.Integration.Tests;

/// <summary>The benchmarks' conventional CRUD service (its own process over PostgreSQL): what it stores and the figures its SQL computes.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ConventionalServiceTests(PostgresFixture postgres)
{
    private const string Compound = "xiamen.jimei.xinglin.fangzhi.hualing-garden";

    [Fact]
    public async Task Filed_tickets_are_counted_by_the_sql_figures_of_their_community_and_city_and_bad_filings_change_nothing()
    {
        await using var service = await ConventionalServiceProcess.Start(await postgres.CreateDatabase(), TimeSpan.FromMinutes(2));
        using var http = new HttpClient { BaseAddress = service.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(Roles.Resident));

        for (var i = 0; i < 3; i++)
        {
            using var filed = await http.PostAsJsonAsync("/tickets", new { compoundId = Compound, category = "noise", channel = "hotline", description = $"drilling {i}" });
            Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        }

        using var unknownCategory = await http.PostAsJsonAsync("/tickets", new { compoundId = Compound, category = "weather", channel = "hotline", description = "rain" });
        using var noDescription = await http.PostAsJsonAsync("/tickets", new { compoundId = Compound, category = "noise", channel = "hotline", description = "" });
        using var notACompound = await http.PostAsJsonAsync("/tickets", new { compoundId = "xiamen.jimei", category = "noise", channel = "hotline", description = "where?" });
        Assert.All([unknownCategory, noDescription, notACompound], refused => Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode));
        Assert.Equal("application/problem+json", noDescription.Content.Headers.ContentType?.MediaType);

        var community = await http.GetFromJsonAsync<JsonElement>("/figures/community/xiamen.jimei.xinglin.fangzhi");
        var city = await http.GetFromJsonAsync<JsonElement>("/figures/city/xiamen");
        var elsewhere = await http.GetFromJsonAsync<JsonElement>("/figures/community/xiamen.jimei.xinglin.ningbao");
        Assert.Equal((3, 3, 0), (community.GetProperty("submitted").GetInt32(), community.GetProperty("open").GetInt32(), community.GetProperty("settled").GetInt32()));
        Assert.Equal(3, city.GetProperty("submitted").GetInt32());
        Assert.Equal(0, elsewhere.GetProperty("submitted").GetInt32());
        Assert.Equal(3, community.GetProperty("daily").EnumerateArray().Sum(d => d.GetProperty("submitted").GetInt32()));
    }

    [Fact]
    public async Task Figures_and_filings_need_a_signed_in_caller()
    {
        await using var service = await ConventionalServiceProcess.Start(await postgres.CreateDatabase(), TimeSpan.FromMinutes(2));
        using var http = new HttpClient { BaseAddress = service.BaseAddress };

        using var figures = await http.GetAsync("/figures/city/xiamen");
        using var filing = await http.PostAsJsonAsync("/tickets", new { compoundId = Compound, category = "noise", channel = "hotline", description = "drilling" });

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (figures.StatusCode, filing.StatusCode));
    }
}
