using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

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
    public async Task An_api_key_posted_in_a_form_chooses_the_bucket_and_the_endpoint_still_reads_the_form()
    {
        await using var host = await ClientApiHost.Start(platform, Limits(permitsPerSecond: 1, burst: 2), app =>
            app.MapPost(FormEcho, ([FromForm(Name = "api_key")] string key) => key).DisableAntiforgery());

        // Integrations carry no bearer token: their api_key is what tells them apart.
        host.Http.DefaultRequestHeaders.Authorization = null;

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await host.Http.PostAsync(FormEcho, Form("street-app")));
        }

        Assert.Equal(["street-app", "street-app"], await Task.WhenAll(answers.Take(2).Select(a => a.Content.ReadAsStringAsync())));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[2].StatusCode);
        Assert.Equal("other-app", await (await host.Http.PostAsync(FormEcho, Form("other-app"))).Content.ReadAsStringAsync());
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
