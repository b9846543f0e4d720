using System.Globalization;
using System.Net.Http.Json;
using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench.Platform;

/// <summary>A <see cref="PlatformSilo"/> process: a silo serving the API, configured as a test silo is (<see cref="SiloSettings"/>).</summary>
public sealed class PlatformSiloProcess : IAsyncDisposable
{
    private readonly ServiceProcess _process;

    private PlatformSiloProcess(ServiceProcess process, SiloSettings settings)
    {
        _process = process;
        Settings = settings;
    }

    public SiloSettings Settings { get; }

    public Uri BaseAddress => new($"http://{Settings.HttpAddress}:{Settings.HttpPort}");

    public int ProcessId => _process.Id;

    public string LogPath => _process.LogPath;

    /// <summary>Starts the silo and waits until it serves. Its runtime runs without dynamic PGO, as the shipped silo's does.</summary>
    public static async Task<PlatformSiloProcess> Start(SiloSettings settings, SiloFeatures features, TimeSpan timeout, IEnumerable<(string Key, string Value)>? more = null)
    {
        var process = ServiceProcess.Start(
            "tests/bench/OrleansGovernance.Bench",
            [.. settings.Environment(), ("DOTNET_TieredPGO", "0"), .. more ?? []],
            $"og-platform-silo-{settings.SiloPort}",
            PlatformSilo.Command, ((int)features).ToString(CultureInfo.InvariantCulture));
        var silo = new PlatformSiloProcess(process, settings);
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

    /// <summary>The pauses since the last reading (the first reading covers the time since the silo started).</summary>
    public async Task<GcPauseReading> GcPauses(HttpClient http) =>
        await http.GetFromJsonAsync<GcPauseReading>(new Uri(BaseAddress, PlatformSilo.GcPausesPath)) ?? GcPauseReading.None;

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
