using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace OrleansGovernance.Bench.Scale;

/// <summary>
/// Counts the platform's grain activations on each silo, as an Orleans client of the cluster asking the management
/// grain (IManagementGrain.GetDetailedGrainStatistics) — the same figures the Orleans dashboard shows.
/// Silos are told apart by their silo port.
/// </summary>
public sealed class ActivationCensus : IAsyncDisposable
{
    private const string GrainTypePrefix = "OrleansGovernance.";
    private const string TicketGrain = "OrleansGovernance.Grains.TicketGrain";

    private readonly IHost _client;
    private readonly IManagementGrain _management;

    private ActivationCensus(IHost client)
    {
        _client = client;
        _management = client.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0);
    }

    public static async Task<ActivationCensus> Connect(string connectionString, string clusterId)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(cluster => (cluster.ClusterId, cluster.ServiceId) = (clusterId, clusterId));
            client.UseAdoNetClustering(clustering => (clustering.Invariant, clustering.ConnectionString) = ("Npgsql", connectionString));

            // New silos are asked as soon as they join; a question to a silo that was just killed fails quickly.
            client.Configure<GatewayOptions>(gateways => gateways.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1));
            client.Configure<ClientMessagingOptions>(messaging => messaging.ResponseTimeout = TimeSpan.FromSeconds(5));
        });
        var host = builder.Build();
        await host.StartAsync();
        return new ActivationCensus(host);
    }

    /// <summary>Activations of the platform's grains per silo port, or null when the cluster could not answer just now.</summary>
    public async Task<IReadOnlyDictionary<int, int>?> CountsBySilo() =>
        (await Activations())?.GroupBy(a => a.SiloAddress.Endpoint.Port).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Up to <paramref name="max"/> tickets active on the silo at <paramref name="siloPort"/>.</summary>
    public async Task<IReadOnlyList<string>> TicketsOn(int siloPort, int max) =>
        (await Activations() ?? [])
            .Where(a => a.SiloAddress.Endpoint.Port == siloPort && a.GrainType.StartsWith(TicketGrain, StringComparison.Ordinal))
            .Select(a => a.GrainId.Key.ToString()!)
            .Take(max)
            .ToList();

    public async ValueTask DisposeAsync()
    {
        await _client.StopAsync();
        _client.Dispose();
    }

    private async Task<IEnumerable<DetailedGrainStatistic>?> Activations()
    {
        try
        {
            return (await _management.GetDetailedGrainStatistics()).Where(a => a.GrainType.StartsWith(GrainTypePrefix, StringComparison.Ordinal));
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            // A silo that was just killed is still listed until it is declared dead; ask again later.
            return null;
        }
    }
}
