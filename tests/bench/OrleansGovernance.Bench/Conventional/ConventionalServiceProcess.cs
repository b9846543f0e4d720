using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench.Conventional;

/// <summary>The conventional service as a process of its own (this benchmark's executable), on a free loopback port, like the silos it is compared with.</summary>
public sealed class ConventionalServiceProcess : IAsyncDisposable
{
    private readonly ServiceProcess _process;

    private ConventionalServiceProcess(ServiceProcess process, int port)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri BaseAddress { get; }

    public string LogPath => _process.LogPath;

    public int ProcessId => _process.Id;

    public static async Task<ConventionalServiceProcess> Start(string connectionString, TimeSpan timeout)
    {
        var port = FreePorts.Next();
        var service = new ConventionalServiceProcess(ServiceProcess.Start("tests/bench/OrleansGovernance.Bench",
        [
            ("Urls", $"http://127.0.0.1:{port}"),
            ("ConnectionStrings__Conventional", connectionString),
            ("Auth__SigningKey", TestTokens.SigningKey),
        ], $"og-conventional-{port}", ConventionalService.Command), port);
        try
        {
            await service._process.WaitUntilAnswering(new Uri(service.BaseAddress, "/healthz"), timeout);
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
