using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using OrleansGovernance.Api;

namespace OrleansGovernance.Api.Tests;

/// <summary>The API in a host of its own that joins the platform's cluster as an Orleans client, served in-process.</summary>
internal sealed class ClientHost(WebApplication app) : IAsyncDisposable
{
    public HttpClient Http { get; } = app.GetTestClient();

    public static async Task<ClientHost> Start(int gatewayPort)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.UseOrleansClient(client => client.UseLocalhostClustering(gatewayPort, serviceId: "governance", clusterId: "governance"));
        builder.Services.AddGovernanceApi();
        var app = builder.Build();
        app.MapGovernanceApi();
        await app.StartAsync();
        return new ClientHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
