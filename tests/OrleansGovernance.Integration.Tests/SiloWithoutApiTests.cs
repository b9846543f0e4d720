using System.Net;

namespace OrleansGovernance.Integration.Tests;

/// <summary>A cluster silo that faces no clients (Api:Enabled=false), as the Kubernetes manifests run them.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SiloWithoutApiTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_silo_that_serves_no_api_needs_no_signing_key_and_serves_its_probes_and_metrics_without_a_token()
    {
        var settings = new SiloSettings("postgres", await postgres.CreateDatabase(), "no-api") { Api = false, SigningKey = null, Seed = false };
        await using var silo = SiloProcess.Start(settings);
        using var http = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };

        var startup = await Eventually.Until(() => ProbesTests.Status(http, "/healthz/startup"), status => status == HttpStatusCode.OK, TimeSpan.FromMinutes(2));
        Assert.True(startup == HttpStatusCode.OK, $"startup probe answered {startup}; the silo said:\n{silo.Tail()}");
        Assert.Equal(HttpStatusCode.OK, await ProbesTests.Status(http, "/healthz/ready"));
        using var metrics = await http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Contains("governance_cluster_active_silos", await metrics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await ProbesTests.Status(http, "/api/v1/regions/xiamen"));
        Assert.False(silo.HasExited);
    }
}
