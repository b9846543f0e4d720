using System.Globalization;
using System.Net.Http.Json;
using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench.Platform;

/// <summary>
/// A silo serving the API as a process of its own, configured as a test silo is (<see cref="SiloSettings"/>): a
/// <see cref="PlatformSilo"/>, or the shipped silo executable itself, whose pauses cannot be read.
/// </summary>
public sealed class PlatformSiloProcess : IAsyncDisposable
{
    private readonly ServiceProcess _process;

    private PlatformSiloProcess(ServiceProcess process, SiloSettings settings, bool shipped)
    {
        _process = process;
        Settings = settings;
        Shipped = shipped;
    }

    public bool Shipped { get; }

    public SiloSettings Settings { get; }

    public Uri BaseAddress => new($"http://{Settings.HttpAddress}:{Settings.HttpPort}");

    public int ProcessId => _process.Id;

    public string LogPath => _process.LogPath;

    /// <summary>
    /// Starts the silo and waits until it serves: the shipped executable (every feature on), or else a
    /// <see cref="PlatformSilo"/> whose runtime runs without dynamic PGO, as the shipped silo's does.
    /// </summary>
    public static async Task<PlatformSiloProcess> Start(SiloSettings settings, SiloFeatures features, TimeSpan timeout, bool shipped = false)
    {
        var process = shipped
            ? ServiceProcess.Start("silo/OrleansGovernance.Silo", settings.Environment(), $"og-silo-{settings.SiloPort}")
            : ServiceProcess.Start(
                "tests/bench/OrleansGovernance.Bench",
                [.. settings.Environment(), ("DOTNET_TieredPGO", "0")],
                $"og-platform-silo-{settings.SiloPort}",
                PlatformSilo.Command, ((int)features).ToString(CultureInfo.InvariantCulture));
        var silo = new PlatformSiloProcess(process, settings, shipped);
        try
        {
            await process.WaitUntilAnswering(new Uri(silo.BaseAddress, "/healthz"), timeout);
            return silo;
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }
    }

    /// <summary>The pauses since the last reading (the first reading covers the time since the silo started); none from the shipped executable.</summary>
    public async Task<GcPauseReading> GcPauses(HttpClient http) => Shipped
        ? GcPauseReading.None
        : await http.GetFromJsonAsync<GcPauseReading>(new Uri(BaseAddress, PlatformSilo.GcPausesPath)) ?? GcPauseReading.None;

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
