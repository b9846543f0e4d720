using System.Diagnostics;
using System.Globalization;

namespace OrleansGovernance.Integration.Tests;

/// <summary>
/// One silo as its own operating-system process, exactly as deployed (the built OrleansGovernance.Silo.dll),
/// with the API on its own loopback port. Killed with SIGKILL to test crashes; output kept in a log file.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private SiloProcess(Process process, string logPath, SiloSettings settings)
    {
        _process = process;
        _log = new StreamWriter(logPath) { AutoFlush = true };
        Settings = settings;
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        LogPath = logPath;
    }

    public SiloSettings Settings { get; }

    public string LogPath { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Settings.HttpPort}");

    public bool HasExited => _process.HasExited;

    public static SiloProcess Start(SiloSettings settings)
    {
        var dll = SiloAssembly();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        foreach (var (key, value) in settings.Environment())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the silo process");
        return new SiloProcess(process, Path.Combine(Path.GetTempPath(), $"og-silo-{settings.SiloPort}-{process.Id}.log"), settings);
    }

    /// <summary>
    /// Waits until the API answers: the silo has joined, migrated and seeded. Without a key to sign a token with,
    /// a refusal (401) counts as an answer.
    /// </summary>
    public async Task WaitUntilServing(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        if (Settings.SigningKey is not null)
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Admin);
        }

        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"silo exited with {_process.ExitCode}; log {LogPath}:{Environment.NewLine}{Tail()}");
            }

            try
            {
                var answer = await http.GetAsync("/api/v1/regions/xiamen");
                if (answer.IsSuccessStatusCode || (Settings.SigningKey is null && answer.StatusCode == System.Net.HttpStatusCode.Unauthorized))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"silo did not serve within {timeout}; log {LogPath}:{Environment.NewLine}{Tail()}");
    }

    /// <summary>SIGKILL: no shutdown, no flush, as in a crash.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM and wait: the host's graceful shutdown.</summary>
    public async Task Stop()
    {
        if (_process.HasExited)
        {
            return;
        }

        await ProcessRunner.Run("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(cancel.Token);
    }

    public string Tail(int lines = 40) =>
        string.Join(Environment.NewLine, File.ReadLines(LogPath).TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private void Write(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.WriteLine(line);
            }
        }
    }

    /// <summary>The silo built beside these tests, in the same configuration (Debug or Release).</summary>
    /// <summary>Runs one of the host's commands (migrate, token, ...) with the silo's configuration and returns its output.</summary>
    public static Task<string> Command(SiloSettings settings, params string[] arguments) =>
        ProcessRunner.Run("dotnet", [SiloAssembly(), .. arguments], TimeSpan.FromMinutes(1), settings.Environment());

    private static string SiloAssembly()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "OrleansGovernance.sln")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(root?.FullName ?? throw new InvalidOperationException("OrleansGovernance.sln not found above the test folder."),
            "silo", "OrleansGovernance.Silo", "bin", configuration, "net10.0", "OrleansGovernance.Silo.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"the silo is not built at {dll}.");
    }
}
