using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench.Platform;

/// <summary>One or more <see cref="PlatformSilo"/> processes of one cluster, each serving the API: the first migrates, the others join it.</summary>
public sealed class PlatformCluster : IAsyncDisposable
{
    private readonly List<PlatformSiloProcess> _silos;

    private PlatformCluster(List<PlatformSiloProcess> silos) => _silos = silos;

    public IReadOnlyList<PlatformSiloProcess> Silos => _silos;

    /// <summary>Each silo's HTTP address, as a load balancer in front of them would know them.</summary>
    public IReadOnlyList<Uri> Api => [.. _silos.Select(s => s.BaseAddress)];

    public static async Task<PlatformCluster> Start(SiloSettings first, int count, SiloFeatures features, TimeSpan timeout, bool shipped = false)
    {
        var silos = new List<PlatformSiloProcess>();
        try
        {
            silos.Add(await PlatformSiloProcess.Start(first, features, timeout, shipped));
            silos.AddRange(await Task.WhenAll(Enumerable.Range(1, count - 1).Select(_ => PlatformSiloProcess.Start(first.Sibling(), features, timeout, shipped))));
            return new PlatformCluster(silos);
        }
        catch
        {
            await new PlatformCluster(silos).DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }
    }
}
