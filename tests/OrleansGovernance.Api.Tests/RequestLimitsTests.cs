using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OrleansGovernance.Api.Tests;

[Collection(PlatformCollection.Name)]
public sealed class RequestLimitsTests(PlatformFixture platform)
{
    private const string Summary = "/api/v1/regions/xiamen.jimei.xinglin/summary";

    [Fact]
    public async Task A_client_bursting_over_its_limit_gets_429_with_retry_after_while_another_client_is_still_served()
    {
        await using var host = await LimitedApiHost.Start(platform, permitsPerSecond: 1, burst: 3);

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

        // An Open311 integration is its own client, known by its api_key: its bucket is still full.
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync(Summary + "?api_key=district-hotline")).StatusCode);
    }

    [Fact]
    public async Task An_api_key_posted_in_a_form_chooses_the_bucket_and_the_endpoint_still_reads_the_form()
    {
        await using var host = await LimitedApiHost.Start(platform, permitsPerSecond: 1, burst: 2);

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await host.Http.PostAsync(LimitedApiHost.FormEcho, Form("street-app")));
        }

        Assert.Equal(["street-app", "street-app"], await Task.WhenAll(answers.Take(2).Select(a => a.Content.ReadAsStringAsync())));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[2].StatusCode);
        Assert.Equal("other-app", await (await host.Http.PostAsync(LimitedApiHost.FormEcho, Form("other-app"))).Content.ReadAsStringAsync());
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
}
