using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Dashboard;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// The Api library in a host of its own that joins the platform's cluster as an Orleans client (the standalone
/// host's shape), served in-process with settings of a test's choosing, so such a test neither boots another silo
/// nor disturbs the others. It checks tokens with the platform's key; <see cref="Http"/> acts as an admin.
/// </summary>
internal sealed class ClientApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ClientApiHost(WebApplication app, string adminToken)
    {
        _app = app;
        Http = app.GetTestClient();
        Http.DefaultRequestHeaders.Authorization = new("Bearer", adminToken);
    }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<ClientApiHost> Start(
        PlatformFixture platform,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<WebApplication>? map = null,
        Action<IClientBuilder>? client = null,
        bool dashboard = false)
    {
        // The platform boots on first use; its silo must be up before this client looks for a gateway.
        platform.StartServer();

        // The dashboard's static assets are listed in a manifest named after the application: the platform's.
        var builder = WebApplication.CreateBuilder(dashboard ? new WebApplicationOptions { ApplicationName = typeof(Program).Assembly.GetName().Name } : new());
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Auth:SigningKey"] = platform.SigningKey,
        });
        builder.UseOrleansClient(orleans =>
        {
            orleans.UseLocalhostClustering(platform.GatewayPort, serviceId: "governance", clusterId: "governance");
            client?.Invoke(orleans);
        });
        builder.Services.AddGovernanceApi();
        if (dashboard)
        {
            builder.AddGovernanceDashboard();
        }

        var app = builder.Build();
        app.MapGovernanceApi();
        if (dashboard)
        {
            app.MapGovernanceDashboard();
        }

        map?.Invoke(app);
        await app.StartAsync();
        return new ClientApiHost(app, platform.Token(Roles.Admin, "test-admin"));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
