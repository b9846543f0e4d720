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

    private readonly OrleansClient? _owned;
    private readonly IManagementGrain _management;

    /// <summary>A census taken through <paramref name="cluster"/>, a client the caller keeps.</summary>
    public ActivationCensus(IClusterClient cluster)
    {
        _management = cluster.GetGrain<IManagementGrain>(0);
    }

    private ActivationCensus(OrleansClient owned)
        : this(owned.Cluster)
    {
        _owned = owned;
    }

    /// <summary>A census through a client of its own, closed with the census.</summary>
    public static async Task<ActivationCensus> Connect(string connectionString, string clusterId) =>
        new(await OrleansClient.Connect(connectionString, clusterId));

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

    /// <summary>
    /// Every activation on the silo at <paramref name="siloPort"/>, the runtime's own (stream queues, management,
    /// dashboard) included, by grain type and key; null when the cluster could not answer just now.
    /// </summary>
    public async Task<IReadOnlyList<(string GrainType, string Key)>?> On(int siloPort)
    {
        try
        {
            return [.. (await _management.GetDetailedGrainStatistics())
                .Where(a => a.SiloAddress.Endpoint.Port == siloPort)
                .Select(a => (a.GrainType, a.GrainId.Key.ToString()!))];
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned is not null)
        {
            await _owned.DisposeAsync();
        }
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
