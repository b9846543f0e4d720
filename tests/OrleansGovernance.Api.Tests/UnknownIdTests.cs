using System.Net;
using System.Net.Http.Json;

namespace OrleansGovernance.Api.Tests;

/// <summary>Virtual actors activate for any key: a read or a write naming something never created must be 404 and store nothing.</summary>
[Collection(PlatformCollection.Name)]
public sealed class UnknownIdTests(PlatformFixture platform)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";

    private readonly HttpClient _http = platform.CreateClient();
    private readonly GrainRows _rows = new(platform.DatabasePath);

    public static TheoryData<string, string, string, string, string> Unknowns() => new()
    {
        { "compound", $"/api/v1/compounds/{Fangzhi}.never-built", "POST", $"/api/v1/compounds/{Fangzhi}.never-built/surveys", """{"year":2024,"respondents":10,"satisfied":9}""" },
        { "branch", $"/api/v1/compounds/{Fangzhi}.never-built-either/branch/", "PUT", $"/api/v1/compounds/{Fangzhi}.never-built-either/branch/secretary", """{"name":"Secretary Ye","source":"retired"}""" },
        { "community", "/api/v1/communities/xiamen.jimei.xinglin.never-founded", "POST", "/api/v1/communities/xiamen.jimei.xinglin.never-founded/resources", """{"resource":{"title":"Hall","offeredBy":"school"}}""" },
        { "door visits", "/api/v1/communities/xiamen.jimei.xinglin.never-visited/visits", "POST", "/api/v1/communities/xiamen.jimei.xinglin.never-visited/households", """{"reference":"h-001","compoundId":"xiamen.jimei.xinglin.never-visited.garden"}""" },
        { "region", "/api/v1/regions/nowhere.never-drawn/summary", "PUT", "/api/v1/regions/nowhere.never-drawn", """{"name":"Never","nameZh":"无","level":"district","parentId":"nowhere"}""" },
        { "plan", $"/api/v1/plans/{Fangzhi}.hualing-garden.plan-never-made", "POST", $"/api/v1/plans/{Fangzhi}.hualing-garden.plan-never-made/milestones", """{"id":"m1","title":"M","kind":"other","due":"2026-06-01","weight":1,"owner":"x"}""" },
        { "ticket", "/api/v1/tickets/t-20260101000000000-nvrfed", "POST", "/api/v1/tickets/t-20260101000000000-nvrfed/acknowledge", """{"note":"seen"}""" },
    };

    [Theory]
    [MemberData(nameof(Unknowns))]
    public async Task A_read_and_a_write_of_an_unknown_id_are_404_and_leave_no_row_behind(string kind, string read, string method, string write, string body)
    {
        var reading = await _http.GetAsync(read);
        var writing = await _http.SendAsync(new HttpRequestMessage(new HttpMethod(method), write)
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        });

        foreach (var response in new[] { reading, writing })
        {
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{kind} {response.RequestMessage!.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(404, (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("status").GetInt32());
        }

        var unknownId = read.Split('/')[4];
        Assert.Equal(0, await _rows.Mentioning(unknownId));
        Assert.Equal(0, await _rows.Mentioning("nowhere"));
    }
}
