using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace OrleansGovernance.Bench;

/// <summary>An Orleans client of a PostgreSQL cluster, hosted in this process; it finds the gateways in the membership table.</summary>
public sealed class OrleansClient : IAsyncDisposable
{
    private readonly IHost _host;

    private OrleansClient(IHost host)
    {
        _host = host;
        Cluster = host.Services.GetRequiredService<IClusterClient>();
    }

    public IClusterClient Cluster { get; }

    /// <summary>Connects; a call not answered within <paramref name="responseTimeout"/> (5 s unless given) fails.</summary>
    public static async Task<OrleansClient> Connect(string connectionString, string clusterId, TimeSpan? responseTimeout = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(cluster => (cluster.ClusterId, cluster.ServiceId) = (clusterId, clusterId));
            client.UseAdoNetClustering(clustering => (clustering.Invariant, clustering.ConnectionString) = ("Npgsql", connectionString));

            // New silos are asked as soon as they join; a question to a silo that was just killed fails quickly.
            client.Configure<GatewayOptions>(gateways => gateways.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1));
            client.Configure<ClientMessagingOptions>(messaging => messaging.ResponseTimeout = responseTimeout ?? TimeSpan.FromSeconds(5));
        });
        var host = builder.Build();
        await host.StartAsync();
        return new OrleansClient(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
