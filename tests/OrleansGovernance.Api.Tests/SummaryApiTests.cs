using System.Net;
using System.Text.Json;

namespace OrleansGovernance.Api.Tests;

[Collection(PlatformCollection.Name)]
public sealed class SummaryApiTests(PlatformFixture platform)
{
    private readonly HttpClient _http = platform.CreateClient();

    [Fact]
    public async Task Xinglin_summary_serves_exactly_the_report_figures_under_the_contract_names()
    {
        using var summary = JsonDocument.Parse(await _http.GetStringAsync("/api/v1/regions/xiamen.jimei.xinglin/summary"));
        var root = summary.RootElement;

        var expected = new Dictionary<string, int>
        {
            ["communities"] = 11,
            ["compoundBranches"] = 97,
            ["assignedCadres"] = 49,
            ["secretariesInService"] = 17,
            ["secretariesRetired"] = 7,
            ["vanguardTeams"] = 68,
            ["ownersCommittees"] = 35,
            ["ownersCommitteePartyMembers"] = 41,
            ["dualSealCompounds"] = 3,
            ["bookkeepingCompounds"] = 25,
            ["partyInstructors"] = 9,
            ["propertyCompanies"] = 37,
            ["managerDeputySecretaries"] = 16,
        };
        Assert.Equal(expected, expected.ToDictionary(e => e.Key, e => root.GetProperty(e.Key).GetInt32()));
        foreach (var name in new[] { "compounds", "requests", "satisfaction", "plans", "meetings", "throughput", "asOf", "version", "visits", "cadence" })
        {
            Assert.True(root.TryGetProperty(name, out _), $"summary lacks '{name}'");
        }
    }

    [Fact]
    public async Task Community_and_compound_summaries_carry_their_own_figures()
    {
        using var ningbao = JsonDocument.Parse(await _http.GetStringAsync("/api/v1/communities/xiamen.jimei.xinglin.ningbao/summary"));
        using var shijia = JsonDocument.Parse(await _http.GetStringAsync("/api/v1/compounds/xiamen.jimei.xinglin.ningbao.ningbao-shijia/summary"));

        var year = ningbao.RootElement.GetProperty("years").GetProperty("2023");
        Assert.Equal((6, 12, 23), (year.GetProperty("jointMeetings").GetInt32(), year.GetProperty("agreedMatters").GetInt32(), year.GetProperty("settled").GetInt32()));
        Assert.Equal(5, shijia.RootElement.GetProperty("ownersCommitteePartyMembers").GetInt32());
        Assert.Equal("compound", shijia.RootElement.GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("/api/v1/regions/xiamen.nowhere/summary")]
    [InlineData("/api/v1/regions/xiamen.nowhere")]
    [InlineData("/api/v1/communities/xiamen.jimei.xinglin.nowhere/summary")]
    [InlineData("/api/v1/compounds/xiamen.jimei.xinglin.ningbao.nowhere/summary")]
    [InlineData("/api/v1/compounds/xiamen.jimei.xinglin.ningbao.nowhere/branch")]
    [InlineData("/api/v1/plans/xiamen.jimei.xinglin.ningbao.nowhere.plan-x")]
    [InlineData("/api/v1/tickets/t-20260101000000000-abcdef")]
    [InlineData("/api/v1/tickets/not-a-ticket-id")]
    [InlineData("/api/v1/compounds/NOT..AN..ID/summary")]
    public async Task Unknown_ids_answer_404_with_problem_details(string path)
    {
        var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
