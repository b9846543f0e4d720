using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using OrleansGovernance.Api.ApiKeys;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Tests;

[Collection(PlatformCollection.Name)]
public sealed class RequestLimitsTests(PlatformFixture platform)
{
    private const string Summary = "/api/v1/regions/xiamen.jimei.xinglin/summary";

    /// <summary>Stands in for an Open311 endpoint that binds its form: it answers the api_key it read.</summary>
    private const string FormEcho = "/open311/v2/echo";

    [Fact]
    public async Task A_client_bursting_over_its_limit_gets_429_with_retry_after_while_another_client_is_still_served()
    {
        await using var host = await ClientApiHost.Start(platform, Limits(permitsPerSecond: 1, burst: 3));

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await host.Http.GetAsync(Summary));
        }

        Assert.All(answers.Take(3), answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        var throttled = answers.Last();
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.InRange(throttled.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3));
        await AssertProblem(throttled, 429);

        // Another signed-in caller has a bucket of its own, still full.
        using var other = new HttpRequestMessage(HttpMethod.Get, Summary);
        other.Headers.Authorization = new("Bearer", platform.Token(Access.Roles.Viewer, "viewer-elsewhere"));
        Assert.Equal(HttpStatusCode.OK, (await host.Http.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task The_dashboards_evidence_files_count_against_the_same_per_client_limit_as_the_api()
    {
        // A stand-in for the dashboard's cookie route: the limiter runs before any endpoint, so only the path matters.
        var path = OrleansGovernance.Api.Dashboard.EvidenceRoute.Of("xiamen.jimei.xinglin.ningbao.ningbao-shijia.plan-screen", "ev-0123");
        await using var host = await ClientApiHost.Start(platform, Limits(permitsPerSecond: 1, burst: 3), app =>
            app.MapGet($"{ApiPaths.DashboardEvidence}/{{planId}}/{{evidenceId}}", () => "file"));

        var answers = (await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => host.Http.GetAsync(path)))).Select(a => a.StatusCode).ToList();

        Assert.Contains(HttpStatusCode.OK, answers);
        Assert.Contains(HttpStatusCode.TooManyRequests, answers);
    }

    [Fact]
    public async Task A_verified_api_key_gets_a_bucket_of_its_own_and_invented_keys_share_the_address_bucket()
    {
        await using var host = await ClientApiHost.Start(platform, Limits(permitsPerSecond: 1, burst: 3), app =>
            app.MapPost(FormEcho, async ([FromForm(Name = "api_key")] string key, IApiKeyStore keys) => await keys.Verify(key) ?? "unknown").DisableAntiforgery());
        var keys = host.Services.GetRequiredService<IApiKeyStore>();
        var streetApp = await keys.Create("street-app");

        // Integrations carry no bearer token: their verified api_key is what tells them apart.
        host.Http.DefaultRequestHeaders.Authorization = null;
        Assert.Equal("street-app", await (await host.Http.PostAsync(FormEcho, Form(streetApp))).Content.ReadAsStringAsync());

        // At once, so a refill on a busy machine cannot keep up with them.
        var invented = (await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => host.Http.PostAsync(FormEcho, Form($"og311_{Guid.NewGuid():N}"))))).Select(a => a.StatusCode).ToList();

        Assert.Contains(HttpStatusCode.TooManyRequests, invented);
        var verified = new List<HttpResponseMessage>();
        for (var i = 0; i < 2; i++)
        {
            verified.Add(await host.Http.PostAsync(FormEcho, Form(streetApp)));
        }

        Assert.All(verified, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
    }

    [Fact]
    public async Task The_openapi_document_is_rate_limited_like_the_api()
    {
        await using var host = await ClientApiHost.Start(platform, Limits(permitsPerSecond: 1, burst: 2));
        host.Http.DefaultRequestHeaders.Authorization = null;

        // At once: the limiter decides before the document is written, which on a busy machine takes longer than a refill.
        var answers = (await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => host.Http.GetAsync("/openapi/v1.json")))).Select(a => a.StatusCode).ToList();

        Assert.Contains(HttpStatusCode.OK, answers);
        Assert.Contains(HttpStatusCode.TooManyRequests, answers);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_limit_is_refused_with_413_problem_details(bool declaresLength)
    {
        using var http = platform.CreateClient();
        var body = JsonSerializer.Serialize(new
        {
            compoundId = "xiamen.jimei.xinglin.fangzhi.hualing-garden",
            category = "noise",
            channel = "walkIn",
            description = new string('x', 200 * 1024),
        });

        HttpContent content = declaresLength
            ? new StringContent(body, Encoding.UTF8, "application/json")
            : new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("application/json");

        var refused = await http.PostAsync("/api/v1/tickets", content);

        await AssertProblem(refused, 413);
    }

    private static FormUrlEncodedContent Form(string apiKey) =>
        new([new("api_key", apiKey), new("service_code", "noise")]);

    private static async Task AssertProblem(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(status, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    /// <summary>A body whose length is not known in advance, as a chunked upload sends it.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    private static Dictionary<string, string?> Limits(int permitsPerSecond, int burst) => new()
    {
        ["Api:RateLimit:PermitsPerSecond"] = permitsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Api:RateLimit:Burst"] = burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
