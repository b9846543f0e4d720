namespace OrleansGovernance.Testing;

/// <summary>
/// The standalone API host (the built OrleansGovernance.Api.Host.dll) as its own process: an Orleans client of the
/// cluster the given silo settings name, serving HTTP on a free loopback port. Killed when disposed.
/// </summary>
public sealed class ApiHostProcess : IAsyncDisposable
{
    private readonly ServiceProcess _process;

    private ApiHostProcess(ServiceProcess process, int httpPort)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{httpPort}");
    }

    public Uri BaseAddress { get; }

    public string LogPath => _process.LogPath;

    public static ApiHostProcess Start(SiloSettings cluster)
    {
        var port = FreePorts.Next();
        return new(ServiceProcess.Start("client-api/OrleansGovernance.Api.Host", Environment(cluster, port), $"og-api-{port}"), port);
    }

    /// <summary>Waits until the host answers HTTP at all, connected to the cluster or not.</summary>
    public Task WaitUntilListening(TimeSpan timeout) => _process.WaitUntilAnswering(new Uri(BaseAddress, "/healthz"), timeout, anyStatus: true);

    /// <summary>Waits until /healthz answers 200: the client has connected to a gateway.</summary>
    public Task WaitUntilServing(TimeSpan timeout) => _process.WaitUntilAnswering(new Uri(BaseAddress, "/healthz"), timeout);

    /// <summary>SIGTERM and wait; the exit code of a graceful shutdown is 0.</summary>
    public Task<int> Stop() => _process.Stop();

    public string Tail(int lines = 40) => _process.Tail(lines);

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static IEnumerable<(string Key, string Value)> Environment(SiloSettings cluster, int port)
    {
        yield return ("Urls", $"http://127.0.0.1:{port}");
        yield return ("ConnectionStrings__Governance", cluster.ConnectionOrPath);
        yield return ("Orleans__ClusterId", cluster.ClusterId);
        yield return ("Orleans__ServiceId", cluster.ClusterId);
        yield return ("Orleans__Gateway__GatewayListRefreshPeriod", "00:00:02");
        yield return ("Auth__SigningKey", cluster.SigningKey ?? TestTokens.SigningKey);
        yield return ("Api__RateLimit__PermitsPerSecond", "100000");
        yield return ("Api__RateLimit__Burst", "100000");
        yield return ("Logging__LogLevel__Default", "Warning");
        yield return ("Logging__LogLevel__OrleansGovernance", "Information");
        yield return ("Logging__LogLevel__Microsoft.Hosting.Lifetime", "Information");
    }
}
