using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrleansGovernance.Api.Tests;

/// <summary>Webhooks end to end in one process: registered over HTTP, fed by requests' changes, received by a loopback receiver the test starts.</summary>
[Collection(WebhookCollection.Name)]
public sealed class WebhooksApiTests(WebhookPlatform platform)
{
    private static readonly string[] AllEvents = ["filed", "acknowledged", "claimed", "escalated", "settled", "rated", "reopened", "rejected", "marked-duplicate"];

    private readonly HttpClient _admin = platform.CreateClient();

    [Fact]
    public async Task Deliveries_are_signed_with_the_endpoints_secret_and_carry_no_personal_data()
    {
        await using var receiver = await WebhookReceiver.Start();
        var compound = await platform.Compound();
        var (_, secret) = await platform.Register(receiver.Url, AllEvents, [compound]);
        receiver.Secrets = [secret];

        var ticket = await platform.File(compound, "Lift 2 stuck, my flat is 3-502");
        await platform.Step(ticket, "acknowledge", new { note = "on the way" });

        var received = await Eventually.Until(() => Task.FromResult(Of(receiver.Accepted, ticket)), r => r.Count == 2);
        Assert.Equal(["request.filed", "request.acknowledged"], received.Select(r => r.Event));
        Assert.All(received, r => Assert.True(r.SignatureValid, $"{r.Id}: signature {r.Signature} does not verify"));
        Assert.Equal($"{ticket}:1:filed", received[0].Id);
        Assert.Equal(received[0].Id, received[0].Json.GetProperty("id").GetString());
        var place = received[1].Json.GetProperty("place");
        Assert.Equal(compound, place.GetProperty("compound").GetString());
        Assert.Equal(WebhookPlatform.Community, place.GetProperty("community").GetString());
        Assert.Equal("xiamen.jimei.xinglin", place.GetProperty("region").GetString());
        Assert.Equal("acknowledged", received[1].Json.GetProperty("ticket").GetProperty("status").GetString());
        foreach (var personal in new[] { "陈阿姨", "13800001234", "chen@example.org", "3-502", "on the way" })
        {
            Assert.All(received, r => Assert.DoesNotContain(personal, r.Body, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Only_the_events_and_places_an_endpoint_names_are_delivered()
    {
        await using var settledHere = await WebhookReceiver.Start();
        await using var filedElsewhere = await WebhookReceiver.Start();
        var compound = await platform.Compound();
        await platform.Register(settledHere.Url, ["settled"], [WebhookPlatform.Community]);
        await platform.Register(filedElsewhere.Url, ["filed"], [WebhookPlatform.OtherCommunity]);

        var ticket = await platform.File(compound);
        await platform.Step(ticket, "acknowledge", new { note = "seen" });
        await platform.Step(ticket, "claim", new { party = "propertyCompany", claimantName = "Chengfa property" });
        await platform.Step(ticket, "settle", new { note = "fixed" });

        var settled = await Eventually.Until(() => Task.FromResult(Of(settledHere.Accepted, ticket)), r => r.Count >= 1);
        Assert.Equal(["request.settled"], settled.Select(r => r.Event));

        // The filing was queued before the settling: had the other endpoint wanted it, it would be there by now.
        await Task.Delay(WebhookPlatform.DirectoryRefresh * 2);
        Assert.Empty(Of(filedElsewhere.Received, ticket));
        Assert.Equal(["request.settled"], Of(settledHere.Received, ticket).Select(r => r.Event));
    }

    [Fact]
    public async Task A_receiver_that_fails_for_a_while_then_gets_every_delivery_once_and_in_order_per_request()
    {
        await using var receiver = await WebhookReceiver.Start();
        var compound = await platform.Compound();
        var (id, secret) = await platform.Register(receiver.Url, AllEvents, [compound]);
        receiver.Secrets = [secret];
        receiver.Failing = true;

        var tickets = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var ticket = await platform.File(compound);
            await platform.Step(ticket, "acknowledge", new { note = "seen" });
            await platform.Step(ticket, "claim", new { party = "propertyCompany", claimantName = "Chengfa property" });
            tickets.Add(ticket);
        }

        await Eventually.Until(() => Task.FromResult(receiver.Received.Count(r => tickets.Contains(r.TicketId))), n => n >= 12);
        receiver.Failing = false;

        var accepted = await Eventually.Until(() => Task.FromResult(receiver.Accepted.Where(r => tickets.Contains(r.TicketId)).ToList()), r => r.Count >= 9);
        await Task.Delay(TimeSpan.FromSeconds(1));
        accepted = [.. receiver.Accepted.Where(r => tickets.Contains(r.TicketId))];

        Assert.Equal(9, accepted.Count);
        Assert.Equal(accepted.Count, accepted.Select(r => r.Id).Distinct().Count());
        Assert.All(accepted, r => Assert.True(r.SignatureValid));
        foreach (var ticket in tickets)
        {
            Assert.Equal(["request.filed", "request.acknowledged", "request.claimed"], accepted.Where(r => r.TicketId == ticket).Select(r => r.Event));
        }

        var deliveries = await Eventually.Until(
            () => _admin.GetFromJsonAsync<JsonElement[]>($"/api/v1/webhooks/{id}/deliveries?state=delivered")!,
            d => d!.Length == 9);
        Assert.All(deliveries!, d => Assert.True(d.GetProperty("attempts").GetInt32() >= 1));
        Assert.Contains(deliveries!, d => d.GetProperty("attempts").GetInt32() > 1);
    }

    [Fact]
    public async Task A_delivery_failing_past_the_retry_schedule_becomes_a_dead_letter_that_an_administrator_can_send_again()
    {
        await using var receiver = await WebhookReceiver.Start();
        var compound = await platform.Compound();
        var (id, _) = await platform.Register(receiver.Url, ["filed"], [compound]);
        receiver.Failing = true;
        var ticket = await platform.File(compound);

        var dead = await Eventually.Until(
            () => _admin.GetFromJsonAsync<JsonElement[]>($"/api/v1/webhooks/{id}/deliveries?state=dead")!,
            d => d!.Length == 1,
            TimeSpan.FromSeconds(20));
        Assert.Equal($"{ticket}:1:filed", dead![0].GetProperty("id").GetString());
        Assert.Equal(500, dead[0].GetProperty("lastStatusCode").GetInt32());
        var triedBefore = receiver.Received.Count;

        receiver.Failing = false;
        var retried = await _admin.PostAsync($"/api/v1/webhooks/{id}/deliveries/{ticket}:1:filed/retry", null);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);

        await Eventually.Until(() => Task.FromResult(receiver.Accepted.Count), n => n == 1);
        Assert.Equal([$"{ticket}:1:filed"], receiver.Accepted.Select(r => r.Id));
        Assert.True(triedBefore > 1, "the delivery was tried again before it was given up");
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.PostAsync($"/api/v1/webhooks/{id}/deliveries/{ticket}:1:filed/retry", null)).StatusCode);
    }

    [Theory]
    [InlineData("ftp url", """{"url":"ftp://127.0.0.1/x","events":["filed"],"places":["xiamen"]}""", 400)]
    [InlineData("relative url", """{"url":"/hooks","events":["filed"],"places":["xiamen"]}""", 400)]
    [InlineData("plain http beyond loopback", """{"url":"http://hooks.example.org/x","events":["filed"],"places":["xiamen"]}""", 400)]
    [InlineData("url with a password", """{"url":"https://user:pw@hooks.example.org/x","events":["filed"],"places":["xiamen"]}""", 400)]
    [InlineData("unknown event", """{"url":"https://hooks.example.org/x","events":["exploded"],"places":["xiamen"]}""", 400)]
    [InlineData("no events", """{"url":"https://hooks.example.org/x","events":[],"places":["xiamen"]}""", 400)]
    [InlineData("no places", """{"url":"https://hooks.example.org/x","events":["filed"],"places":[]}""", 400)]
    [InlineData("malformed place", """{"url":"https://hooks.example.org/x","events":["filed"],"places":["Xiamen!"]}""", 400)]
    [InlineData("unknown place", """{"url":"https://hooks.example.org/x","events":["filed"],"places":["xiamen.nowhere"]}""", 404)]
    [InlineData("short secret", """{"url":"https://hooks.example.org/x","events":["filed"],"places":["xiamen"],"secret":"too-short"}""", 400)]
    [InlineData("secret with a space", """{"url":"https://hooks.example.org/x","events":["filed"],"places":["xiamen"],"secret":"0123456789 0123456789 0123456789 0123"}""", 400)]
    [InlineData("unknown member", """{"url":"https://hooks.example.org/x","events":["filed"],"places":["xiamen"],"retries":3}""", 400)]
    public async Task A_bad_registration_is_refused_with_a_problem_and_registers_nothing(string what, string body, int status)
    {
        var before = await _admin.GetStringAsync("/api/v1/webhooks");

        var refused = await _admin.PostAsync("/api/v1/webhooks", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.True(status == (int)refused.StatusCode, $"{what}: {(int)refused.StatusCode} {await refused.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await _admin.GetStringAsync("/api/v1/webhooks"));
    }

    [Fact]
    public async Task The_secret_is_shown_only_when_given_and_after_a_rotation_deliveries_carry_both_signatures()
    {
        await using var receiver = await WebhookReceiver.Start();
        var compound = await platform.Compound();
        var (id, first) = await platform.Register(receiver.Url, ["filed"], [compound]);
        Assert.StartsWith("whsec_", first, StringComparison.Ordinal);
        Assert.DoesNotContain(first, await _admin.GetStringAsync($"/api/v1/webhooks/{id}"), StringComparison.Ordinal);
        Assert.DoesNotContain(first, await _admin.GetStringAsync("/api/v1/webhooks"), StringComparison.Ordinal);

        var chosen = "my-own-secret-of-forty-characters-length";
        var rotated = await (await _admin.PostAsJsonAsync($"/api/v1/webhooks/{id}/secret", new { secret = chosen })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(chosen, rotated.GetProperty("secret").GetString());
        Assert.NotEqual(JsonValueKind.Null, rotated.GetProperty("webhook").GetProperty("previousSecretValidUntil").ValueKind);
        await Task.Delay(WebhookPlatform.DirectoryRefresh * 3);

        receiver.Secrets = [first, chosen];
        var ticket = await platform.File(compound);
        var received = await Eventually.Until(() => Task.FromResult(Of(receiver.Accepted, ticket)), r => r.Count == 1);
        Assert.True(received[0].SignatureValid, $"{received[0].Signature} is not signed with both secrets");
        Assert.Equal(2, received[0].Signature.Split(' ').Length);
    }

    [Fact]
    public async Task An_endpoint_changed_and_deleted_over_the_api_reads_back_as_changed_and_then_is_gone()
    {
        // Loopback addresses nobody listens on: whatever the seeding files meanwhile goes nowhere beyond this machine.
        var compound = await platform.Compound();
        var (id, _) = await platform.Register("http://127.0.0.1:9/governance", ["filed"], [compound]);

        var changed = await _admin.PutAsJsonAsync($"/api/v1/webhooks/{id}", new { url = "https://127.0.0.1:9/v2", events = new[] { "settled", "rated" }, places = new[] { compound }, enabled = false });
        changed.EnsureSuccessStatusCode();
        var read = await _admin.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/{id}");
        Assert.Equal("https://127.0.0.1:9/v2", read.GetProperty("url").GetString());
        Assert.Equal(["settled", "rated"], read.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.False(read.GetProperty("enabled").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync($"/api/v1/webhooks/{id}/deliveries")).StatusCode);
    }

    private static List<ReceivedDelivery> Of(IEnumerable<ReceivedDelivery> received, string ticket) => [.. received.Where(r => r.TicketId == ticket)];
}
