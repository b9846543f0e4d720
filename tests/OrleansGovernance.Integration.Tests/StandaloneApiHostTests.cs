using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace OrleansGovernance.Integration.Tests;

/// <summary>The API as a process of its own, an Orleans client of a PostgreSQL cluster whose silos serve no HTTP.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StandaloneApiHostTests(PostgresFixture postgres, ITestOutputHelper output)
{
    [Fact]
    public async Task The_standalone_api_serves_the_cluster_refuses_quickly_while_no_silo_is_up_and_recovers_when_one_returns()
    {
        var settings = new SiloSettings("postgres", await postgres.CreateDatabase(), $"host-{Guid.NewGuid():N}"[..16]) { Api = false };

        // The API host first, on a database no silo has migrated yet: it keeps retrying, and meanwhile refuses at once.
        await using var host = ApiHostProcess.Start(settings);
        await host.WaitUntilListening(TimeSpan.FromMinutes(1));
        using var api = new Api(host.BaseAddress);
        var starting = await api.Get("/api/v1/regions/xiamen");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, starting.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), starting.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.Get("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.Get("/healthz/startup")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.Get("/healthz/ready")).StatusCode);

        // Liveness stays local: no cluster yet is no reason to restart the host.
        Assert.Equal(HttpStatusCode.OK, (await api.Get("/healthz/live")).StatusCode);

        await using var first = SiloProcess.Start(settings);
        output.WriteLine($"silo log {first.LogPath}, API host log {host.LogPath}");
        await first.WaitUntilServing(TimeSpan.FromMinutes(3));
        await host.WaitUntilServing(TimeSpan.FromMinutes(1));

        Assert.Equal(97, (await api.Json("/api/v1/regions/xiamen.jimei.xinglin/summary")).GetProperty("compoundBranches").GetInt32());
        var filed = await api.FileTicket(Api.Hualing, "Lift 2 stuck between floors");
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var ticket = $"/api/v1/tickets/{await api.Id(filed)}";
        Assert.Equal("Lift 2 stuck between floors", (await api.Json(ticket)).GetProperty("description").GetString());


        // JSON content goes out chunked, with no declared length: Kestrel stops reading at Api:MaxBodyBytes (64 KiB).
        var tooLarge = await api.Post("/api/v1/tickets", new { compoundId = Api.Hualing, category = "noise", channel = "walkIn", description = new string('x', 100_000) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("application/problem+json", tooLarge.Content.Headers.ContentType?.MediaType);

        await first.Stop();

        // No silo at all: every request is refused with a retry hint, well within the client's response timeout.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var clock = Stopwatch.StartNew();
            var refused = await api.Get(ticket);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(12), $"a refusal took {clock.Elapsed}");
        }

        Assert.Equal("Degraded", await Eventually.Until(() => Health(api), health => health == "Degraded"));

        await using var second = SiloProcess.Start(settings.Sibling() with { Seed = false });
        await second.WaitUntilServing(TimeSpan.FromMinutes(3));
        var back = await Eventually.Until(async () => (await api.Get(ticket)).StatusCode, status => status == HttpStatusCode.OK, TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, back);
        Assert.Equal("submitted", (await api.Json(ticket)).GetProperty("status").GetString());
        Assert.Equal("Healthy", await Health(api));
        Assert.Equal(0, await host.Stop());
    }

    private static async Task<string> Health(Api api) => await (await api.Get("/healthz")).Content.ReadAsStringAsync();
}
