namespace OrleansGovernance.Testing;

/// <summary>
/// One silo as its own operating-system process, exactly as deployed (the built OrleansGovernance.Silo.dll),
/// with the API on its own loopback port. Killed with SIGKILL to test crashes; output kept in a log file.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private const string Project = "silo/OrleansGovernance.Silo";

    private readonly ServiceProcess _process;

    private SiloProcess(ServiceProcess process, SiloSettings settings)
    {
        _process = process;
        Settings = settings;
    }

    public SiloSettings Settings { get; }

    public string LogPath => _process.LogPath;

    public Uri BaseAddress => new($"http://{Settings.HttpAddress}:{Settings.HttpPort}");

    public bool HasExited => _process.HasExited;

    public int ProcessId => _process.Id;

    public static SiloProcess Start(SiloSettings settings)
    {
        var logName = $"og-silo-{settings.SiloPort}";
        return new(settings.NetworkNamespace is { } space
            ? ServiceProcess.StartIn(space, Project, settings.Environment(), logName)
            : ServiceProcess.Start(Project, settings.Environment(), logName), settings);
    }

    /// <summary>Waits until /healthz answers: the silo has joined, migrated and seeded.</summary>
    public Task WaitUntilServing(TimeSpan timeout) => _process.WaitUntilAnswering(new Uri(BaseAddress, "/healthz"), timeout);

    /// <summary>Runs one of the host's commands (migrate, token, api-key) with the silo's configuration and returns its output.</summary>
    public static Task<string> Command(SiloSettings settings, params string[] arguments) =>
        ProcessRunner.Run("dotnet", [ServiceProcess.BuiltAssembly(Project), .. arguments], TimeSpan.FromMinutes(1), settings.Environment());

    /// <summary>SIGKILL: no shutdown, no flush, as in a crash.</summary>
    public void Kill() => _process.Kill();

    /// <summary>SIGTERM and wait: the host's graceful shutdown.</summary>
    public Task Stop() => _process.Stop();

    /// <summary>SIGTERM without waiting for the exit.</summary>
    public Task Terminate() => _process.Terminate();

    public string Tail(int lines = 40) => _process.Tail(lines);

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
