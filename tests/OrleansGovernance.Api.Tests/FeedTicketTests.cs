using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// Browsers' EventSource cannot send headers, so a live feed is opened with a feed ticket in its URL: short-lived,
/// bound to its caller and to that one feed, good for GET on the live route only. A long-lived token never travels in a URL.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FeedTicketTests(PlatformFixture platform)
{
    private const string Hualing = "xiamen.jimei.xinglin.fangzhi.hualing-garden";
    private const string Feed = $"/api/v1/compounds/{Hualing}/live";

    [Fact]
    public async Task A_long_lived_token_in_the_query_does_not_open_a_live_feed()
    {
        var response = await platform.Anonymous().GetAsync($"{Feed}?access_token={platform.Token(Roles.Viewer)}", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("PUT", "/api/v1/regions/live")]
    [InlineData("POST", "/api/v1/compounds/" + Hualing + "/live")]
    public async Task A_query_credential_is_ignored_on_writes_whose_path_ends_like_a_live_route(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), $"{path}?access_token={platform.Token(Roles.Admin)}")
        {
            Content = JsonContent.Create(new { }),
        };

        var response = await platform.Anonymous().SendAsync(request);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.MethodNotAllowed });
        Assert.NotEqual(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_feed_ticket_opens_its_own_feed_and_nothing_else()
    {
        var ticket = await Ticket(platform.As(Roles.Viewer, "viewer-feed"), Feed);
        var anonymous = platform.Anonymous();

        using (var opened = await anonymous.GetAsync($"{Feed}?ticket={ticket}", HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
            Assert.Equal("text/event-stream", opened.Content.Headers.ContentType?.MediaType);
        }

        foreach (var elsewhere in new[]
        {
            "/api/v1/compounds/xiamen.jimei.xinglin.fangzhi.xiaoqu-02/live",
            "/api/v1/communities/xiamen.jimei.xinglin.fangzhi/live",
            $"/api/v1/compounds/{Hualing}/summary",
            $"/api/v1/compounds/{Hualing}",
        })
        {
            using var refused = await anonymous.GetAsync($"{elsewhere}?ticket={ticket}", HttpCompletionOption.ResponseHeadersRead);
            Assert.True(refused.StatusCode == HttpStatusCode.Unauthorized, $"{elsewhere}: {refused.StatusCode}");
        }

        // Not a bearer token either.
        using var asBearer = new HttpRequestMessage(HttpMethod.Get, Feed);
        asBearer.Headers.Authorization = new("Bearer", ticket);
        using var bearerAnswer = await anonymous.SendAsync(asBearer, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.Unauthorized, bearerAnswer.StatusCode);
    }

    [Fact]
    public async Task A_feed_ticket_says_when_it_expires_and_a_spoilt_one_is_refused()
    {
        var answer = await platform.As(Roles.Resident, "resident-feed").PostAsync($"{Feed}/tickets", null);
        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        var expires = body.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(61));
        Assert.StartsWith($"{Feed}?ticket=", body.GetProperty("url").GetString(), StringComparison.Ordinal);

        var ticket = body.GetProperty("ticket").GetString()!;
        using var spoilt = await platform.Anonymous().GetAsync($"{Feed}?ticket={ticket[..^2]}xx", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.Unauthorized, spoilt.StatusCode);
    }

    [Fact]
    public async Task A_feed_ticket_for_an_unknown_or_malformed_place_is_not_issued()
    {
        var viewer = platform.As(Roles.Viewer);

        Assert.Equal(HttpStatusCode.NotFound, (await viewer.PostAsync("/api/v1/compounds/NOT..AN..ID/live/tickets", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.PostAsync("/api/v1/compounds/xiamen.jimei.xinglin.fangzhi.nowhere/live/tickets", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await platform.Anonymous().PostAsync($"{Feed}/tickets", null)).StatusCode);
    }

    private static async Task<string> Ticket(HttpClient caller, string feed)
    {
        var answer = await caller.PostAsync($"{feed}/tickets", null);
        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ticket").GetString()!;
    }
}
