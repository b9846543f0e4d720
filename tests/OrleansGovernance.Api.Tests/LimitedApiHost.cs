using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// The Api library with limits of a test's choosing, served in-process as an Orleans client of the platform's silo
/// (the standalone host's shape), so a throttled test neither boots another silo nor throttles the other tests.
/// </summary>
internal sealed class LimitedApiHost : IAsyncDisposable
{
    /// <summary>Stands in for an Open311 endpoint that binds its form: it answers the api_key it read.</summary>
    public const string FormEcho = "/open311/v2/echo";

    private readonly WebApplication _app;

    private LimitedApiHost(WebApplication app)
    {
        _app = app;
        Http = app.GetTestClient();
    }

    public HttpClient Http { get; }

    public static async Task<LimitedApiHost> Start(PlatformFixture platform, int permitsPerSecond, int burst)
    {
        // The platform boots on first use; its silo must be up before this client looks for a gateway.
        platform.StartServer();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Api:RateLimit:PermitsPerSecond"] = permitsPerSecond.ToString(CultureInfo.InvariantCulture),
            ["Api:RateLimit:Burst"] = burst.ToString(CultureInfo.InvariantCulture),
        });
        builder.UseOrleansClient(client => client.UseLocalhostClustering(platform.GatewayPort, serviceId: "governance", clusterId: "governance"));
        builder.Services.AddGovernanceApi();
        var app = builder.Build();
        app.MapGovernanceApi();
        app.MapPost(FormEcho, ([FromForm(Name = "api_key")] string key) => key).DisableAntiforgery();
        await app.StartAsync();
        return new LimitedApiHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
