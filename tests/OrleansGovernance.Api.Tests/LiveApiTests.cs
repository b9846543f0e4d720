using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace OrleansGovernance.Api.Tests;

[Collection(PlatformCollection.Name)]
public sealed class LiveApiTests(PlatformFixture platform)
{
    private const string Hualing = "xiamen.jimei.xinglin.fangzhi.hualing-garden";

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_compound_feed_sends_the_current_figures_then_the_change_a_filed_ticket_makes() =>
        await FeedFollowsAFiledTicket(platform.CreateClient());

    [Fact]
    public async Task The_feed_works_the_same_from_an_api_host_that_joins_the_cluster_as_a_client()
    {
        await using var host = await ClientApiHost.Start(platform);

        await FeedFollowsAFiledTicket(host.Http);
    }

    [Fact]
    public async Task A_quiet_feed_sends_heartbeat_comments()
    {
        using var response = await Connect(platform.CreateClient(), "/api/v1/regions/xiamen.jimei.xinglin/live");
        using var events = new EventStream(await response.Content.ReadAsStreamAsync());
        await events.Next(Wait);

        await events.NextComment(Wait);
    }

    [Fact]
    public async Task Closing_the_connection_closes_the_feed_and_its_subscription()
    {
        var meters = platform.Services.GetRequiredService<IMeterFactory>();
        var open = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Name == "governance.live.feeds")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, change, _, _) => Interlocked.Add(ref open, change));
        listener.Start();

        var response = await Connect(platform.CreateClient(), "/api/v1/communities/xiamen.jimei.xinglin.fangzhi/live");
        using (var events = new EventStream(await response.Content.ReadAsStreamAsync()))
        {
            await events.Next(Wait);
            Assert.Equal(1, Volatile.Read(ref open));
        }

        response.Dispose();

        Assert.Equal(0, await Eventually.Until(() => Task.FromResult(Volatile.Read(ref open)), n => n == 0, Wait));
    }

    [Fact]
    public async Task One_client_holds_at_most_the_configured_number_of_live_feeds_and_the_next_gets_429()
    {
        await using var host = await ClientApiHost.Start(platform, new Dictionary<string, string?> { ["Api:Live:MaxFeedsPerClient"] = "2" });
        const string feed = "/api/v1/regions/xiamen.jimei.xinglin/live";

        using var first = await Connect(host.Http, feed);
        var second = await Connect(host.Http, feed);
        using var third = await host.Http.GetAsync(feed, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);

        // Another client is not held back by this one's feeds.
        using var other = new HttpRequestMessage(HttpMethod.Get, feed);
        other.Headers.Authorization = new("Bearer", platform.Token(Access.Roles.Viewer, "viewer-other-feeds"));
        using var otherAnswer = await host.Http.SendAsync(other, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, otherAnswer.StatusCode);

        second.Dispose();
        var reopened = await Eventually.Until(
            async () => (await host.Http.GetAsync(feed, HttpCompletionOption.ResponseHeadersRead)).StatusCode,
            status => status == HttpStatusCode.OK,
            Wait);
        Assert.Equal(HttpStatusCode.OK, reopened);
    }

    [Theory]
    [InlineData("/api/v1/regions/xiamen.nowhere/live")]
    [InlineData("/api/v1/communities/xiamen.jimei.xinglin.nowhere/live")]
    [InlineData("/api/v1/compounds/xiamen.jimei.xinglin.fangzhi.nowhere/live")]
    [InlineData("/api/v1/compounds/xiamen.jimei.xinglin.fangzhi/live")]
    [InlineData("/api/v1/regions/NOT..AN..ID/live")]
    public async Task An_unknown_place_answers_404_before_any_stream(string path)
    {
        var response = await platform.CreateClient().GetAsync(path, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task FeedFollowsAFiledTicket(HttpClient http)
    {
        using var response = await Connect(http, $"/api/v1/compounds/{Hualing}/live");
        using var events = new EventStream(await response.Content.ReadAsStreamAsync());

        var (name, id, first) = await events.Next(Wait);
        Assert.Equal("figures", name);
        Assert.Equal(Hualing, first.GetProperty("id").GetString());
        Assert.Equal(first.GetProperty("version").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), id);
        var submitted = Submitted(first);

        var filed = await http.PostAsJsonAsync("/api/v1/tickets", new { compoundId = Hualing, category = "noise", channel = "hotline", description = "Karaoke after midnight" });
        filed.EnsureSuccessStatusCode();

        var changed = await events.Until(figures => Submitted(figures) == submitted + 1, Wait);
        Assert.True(changed.GetProperty("version").GetInt64() > first.GetProperty("version").GetInt64());
    }

    private static int Submitted(System.Text.Json.JsonElement figures) => figures.GetProperty("requests").GetProperty("submitted").GetInt32();

    private static async Task<HttpResponseMessage> Connect(HttpClient http, string path)
    {
        var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return response;
    }
}
