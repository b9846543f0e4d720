using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrleansGovernance.Api.Observability;

namespace OrleansGovernance.Api.Tests;

/// <summary>With Metrics:Port set (as the images do), /metrics answers on that port only, without a token.</summary>
public sealed class MetricsPortTests
{
    [Fact]
    public async Task Metrics_answer_anonymously_on_the_management_port_and_nowhere_else_whatever_host_the_client_names()
    {
        var (publicPort, metricsPort) = (FreePorts.Next(), FreePorts.Next());
        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = $"http://127.0.0.1:{publicPort};http://127.0.0.1:{metricsPort}",
            ["Metrics:Port"] = metricsPort.ToString(CultureInfo.InvariantCulture),
        });
        builder.Services.AddGovernanceMetrics();
        await using var app = builder.Build();
        app.MapGovernanceMetrics(servesApi: true);
        await app.StartAsync();
        using var http = new HttpClient();

        using var onMetricsPort = await http.GetAsync($"http://127.0.0.1:{metricsPort}/metrics");
        using var onPublicPort = await http.GetAsync($"http://127.0.0.1:{publicPort}/metrics");
        using var spoofed = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{publicPort}/metrics")
        {
            Headers = { Host = $"127.0.0.1:{metricsPort}" },
        });

        Assert.Equal(HttpStatusCode.OK, onMetricsPort.StatusCode);
        Assert.True(PrometheusText.HasSeries(await onMetricsPort.Content.ReadAsStringAsync(), "kestrel_"), "ASP.NET Core's (Kestrel's) meters are exported");
        Assert.Equal(HttpStatusCode.NotFound, onPublicPort.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, spoofed.StatusCode);
        await app.StopAsync();
    }
}
