namespace OrleansGovernance.Integration.Tests;

/// <summary>Several silo processes on one PostgreSQL database, all started at the same moment; the first seeds.</summary>
internal sealed class SiloCluster : IAsyncDisposable
{
    private SiloCluster(List<SiloProcess> silos) => Silos = silos;

    public List<SiloProcess> Silos { get; }

    /// <summary>The silo tests talk to over HTTP; it is never the one killed.</summary>
    public SiloProcess Front => Silos[0];

    /// <summary>Starts the cluster; without <paramref name="seed"/> it holds no places until a test defines them (a start in seconds).</summary>
    public static async Task<SiloCluster> Start(string connectionString, int size, bool seed = true, IReadOnlyList<(string Key, string Value)>? more = null)
    {
        var first = new SiloSettings("postgres", connectionString, $"cluster-{Guid.NewGuid():N}"[..16]) { Seed = seed, More = more ?? [] };
        var settings = Enumerable.Range(0, size).Select(i => i == 0 ? first : first.Sibling() with { Seed = false }).ToList();
        var cluster = new SiloCluster([.. settings.Select(SiloProcess.Start)]);
        await cluster.WaitUntilServing();
        return cluster;
    }

    public Task WaitUntilServing() => Task.WhenAll(Silos.Select(s => s.WaitUntilServing(TimeSpan.FromMinutes(3))));

    /// <summary>Stops every silo gracefully, then starts each again with the same settings.</summary>
    public async Task Restart()
    {
        await Task.WhenAll(Silos.Select(s => s.Stop()));
        var settings = Silos.Select(s => s.Settings).ToList();
        foreach (var silo in Silos)
        {
            await silo.DisposeAsync();
        }

        Silos.Clear();
        Silos.AddRange(settings.Select(SiloProcess.Start));
        await WaitUntilServing();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in Silos)
        {
            await silo.DisposeAsync();
        }
    }
}
