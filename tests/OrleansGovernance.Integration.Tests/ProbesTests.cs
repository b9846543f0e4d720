using System.Net;

namespace OrleansGovernance.Integration.Tests;

/// <summary>
/// The Kubernetes probes of a silo process: startup passes only once the silo has joined, migrated and seeded;
/// readiness drops the moment SIGTERM arrives while liveness keeps answering, before the silo leaves the cluster.
/// </summary>
public sealed class ProbesTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("og-probes-");

    [Fact]
    public async Task Startup_passes_once_seeded_and_readiness_drops_before_the_silo_stops_serving()
    {
        var settings = new SiloSettings("sqlite", Path.Combine(_data.FullName, "governance.db"), "probes") { DrainDelay = TimeSpan.FromSeconds(4) };
        await using var silo = SiloProcess.Start(settings);
        using var http = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };

        // Until the startup probe passes, nothing about the silo may look ready; once it does, Xinglin is fully seeded.
        // Readiness is read first: startup only ever turns from failing to passing, so a ready silo read before a
        // startup probe that still fails would be ready too early, whereas the other order races the seeding.
        var startup = await Eventually.Until(async () =>
        {
            var ready = await Status(http, "/healthz/ready");
            var status = await Status(http, "/healthz/startup");
            if (ready == HttpStatusCode.OK)
            {
                Assert.Equal(HttpStatusCode.OK, status);
            }

            return status;
        }, status => status == HttpStatusCode.OK, TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, startup);
        using var api = new Api(silo.BaseAddress);
        Assert.Equal(97, (await api.Json("/api/v1/regions/xiamen.jimei.xinglin/summary")).GetProperty("compoundBranches").GetInt32());
        Assert.Equal(HttpStatusCode.OK, await Status(http, "/healthz/ready"));
        Assert.Equal(HttpStatusCode.OK, await Status(http, "/healthz/live"));

        await silo.Terminate();

        // Draining: not ready, still alive, and still serving the requests a load balancer had already routed here.
        var ready = await Eventually.Until(() => Status(http, "/healthz/ready"), status => status == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(3));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
        Assert.Equal(HttpStatusCode.OK, await Status(http, "/healthz/live"));
        Assert.Equal(HttpStatusCode.OK, (await api.Get("/api/v1/regions/xiamen.jimei.xinglin/summary")).StatusCode);
        Assert.False(silo.HasExited);
    }

    public void Dispose() => _data.Delete(recursive: true);

    /// <summary>The status of GET <paramref name="path"/>, or 503 while nothing listens yet (the silo opens its port last).</summary>
    internal static async Task<HttpStatusCode> Status(HttpClient http, string path)
    {
        try
        {
            using var response = await http.GetAsync(path);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return HttpStatusCode.ServiceUnavailable;
        }
    }
}
