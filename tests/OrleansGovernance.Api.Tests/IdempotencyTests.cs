using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Tests;

[Collection(PlatformCollection.Name)]
public sealed class IdempotencyTests(PlatformFixture platform)
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";
    private const string Compound = Fangzhi + ".xiaoqu-03";

    [Fact]
    public async Task A_retry_with_the_same_key_gets_the_first_answer_and_files_nothing_more()
    {
        using var resident = platform.As(Roles.Resident, "resident-retry");
        var before = await Eventually.Stable(TicketCount);
        var key = Guid.NewGuid().ToString();

        var first = await File(resident, key, "Water in the basement");
        var retry = await File(resident, key, "Water in the basement");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode));
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(before + 1, await Eventually.Stable(TicketCount));
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_file_one_ticket_and_all_get_its_answer()
    {
        using var resident = platform.As(Roles.Resident, "resident-race");
        var before = await Eventually.Stable(TicketCount);
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => File(resident, key, "Gate stuck open")));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Created, answer.StatusCode));
        Assert.Single(answers.Select(a => a.Headers.Location).Distinct());
        Assert.Equal(before + 1, await Eventually.Stable(TicketCount));
    }

    [Fact]
    public async Task A_retry_after_a_503_whose_filing_was_stored_after_all_gets_that_ticket_and_files_nothing_more()
    {
        var lost = 0;
        await using var host = await ClientApiHost.Start(platform, client: orleans => orleans.AddOutgoingGrainCallFilter(async call =>
        {
            await call.Invoke();

            // The ticket is stored but the answer does not come back, as when a call times out or a silo dies.
            if (call.MethodName == nameof(ITicketGrain.Submit) && Interlocked.Exchange(ref lost, 1) == 0)
            {
                throw new TimeoutException("the answer was lost");
            }
        }));
        var before = await Eventually.Stable(TicketCount);
        var key = Guid.NewGuid().ToString();

        var first = await File(host.Http, key, "Lift alarm ringing");
        var retry = await File(host.Http, key, "Lift alarm ringing");

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode));
        Assert.Equal(before + 1, await Eventually.Stable(TicketCount));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused_with_422_and_files_nothing()
    {
        using var resident = platform.As(Roles.Resident, "resident-reuse");
        var key = Guid.NewGuid().ToString();
        (await File(resident, key, "Broken bench")).EnsureSuccessStatusCode();
        var before = await Eventually.Stable(TicketCount);

        var reused = await File(resident, key, "Another broken bench");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal("application/problem+json", reused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await Eventually.Stable(TicketCount));
    }

    [Fact]
    public async Task Keys_belong_to_their_caller_so_two_residents_may_use_the_same_one()
    {
        using var first = platform.As(Roles.Resident, "resident-one");
        using var second = platform.As(Roles.Resident, "resident-two");
        var key = Guid.NewGuid().ToString();

        var a = await File(first, key, "Dog barking");
        var b = await File(second, key, "Dog barking");

        Assert.NotEqual(a.Headers.Location, b.Headers.Location);
    }

    [Fact]
    public async Task A_refused_request_leaves_its_key_free_for_the_corrected_one()
    {
        using var resident = platform.As(Roles.Resident, "resident-fix");
        var key = Guid.NewGuid().ToString();

        var refused = await File(resident, key, "");
        var corrected = await File(resident, key, "Lamp out at gate 2");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.Created), (refused.StatusCode, corrected.StatusCode));
    }

    [Fact]
    public async Task A_malformed_key_is_refused_with_400()
    {
        using var resident = platform.As(Roles.Resident, "resident-badkey");

        var answer = await File(resident, new string('k', 300), "Noise");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
    }

    [Fact]
    public async Task Other_creates_honour_the_key_too()
    {
        using var staff = platform.As(Roles.Staff, "staff-fangzhi", Fangzhi);
        var key = Guid.NewGuid().ToString();
        var before = (await staff.GetFromJsonAsync<JsonElement[]>($"/api/v1/communities/{Fangzhi}/resources"))!.Length;

        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/communities/{Fangzhi}/resources")
            {
                Content = JsonContent.Create(new { resource = new { title = "Meeting room", offeredBy = "Fangzhi school" } }),
            };
            request.Headers.Add("Idempotency-Key", key);
            Assert.Equal(HttpStatusCode.Created, (await staff.SendAsync(request)).StatusCode);
        }

        Assert.Equal(before + 1, (await staff.GetFromJsonAsync<JsonElement[]>($"/api/v1/communities/{Fangzhi}/resources"))!.Length);
    }

    private static async Task<HttpResponseMessage> File(HttpClient client, string key, string description)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { compoundId = Compound, category = "other", channel = "walkIn", description }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    private async Task<int> TicketCount()
    {
        using var admin = platform.CreateClient();
        return (await admin.GetFromJsonAsync<string[]>($"/api/v1/compounds/{Compound}/tickets"))!.Length;
    }
}
