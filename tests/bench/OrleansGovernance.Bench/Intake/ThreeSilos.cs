using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench.Intake;

/// <summary>Three silo processes of one PostgreSQL cluster on loopback, each serving the API: the first migrates, the other two join it.</summary>
public sealed class ThreeSilos : IAsyncDisposable
{
    private readonly List<SiloProcess> _silos;

    private ThreeSilos(List<SiloProcess> silos) => _silos = silos;

    public IReadOnlyList<SiloProcess> Silos => _silos;

    /// <summary>Each silo's HTTP address, as a load balancer in front of them would know them.</summary>
    public IReadOnlyList<Uri> Api => [.. _silos.Select(s => s.BaseAddress)];

    public static async Task<ThreeSilos> Start(SiloSettings first, TimeSpan timeout, Action<string> log)
    {
        var silos = new List<SiloProcess> { SiloProcess.Start(first) };
        try
        {
            await silos[0].WaitUntilServing(timeout);
            silos.Add(SiloProcess.Start(first.Sibling()));
            silos.Add(SiloProcess.Start(first.Sibling()));
            await Task.WhenAll(silos[1].WaitUntilServing(timeout), silos[2].WaitUntilServing(timeout));
            log($"three silos serve; logs {string.Join(", ", silos.Select(s => s.LogPath))}");
            return new ThreeSilos(silos);
        }
        catch
        {
            await new ThreeSilos(silos).DisposeAsync();
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
