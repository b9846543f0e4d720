using System.Diagnostics;
using System.Globalization;

namespace OrleansGovernance.Testing;

/// <summary>
/// One program of this solution as its own operating-system process, exactly as deployed (its built dll, configured
/// by environment variables), with its output kept in a log file under /tmp. Killed when disposed.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServiceProcess(Process process, string logPath)
    {
        _process = process;
        _log = new StreamWriter(logPath) { AutoFlush = true };
        LogPath = logPath;
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string LogPath { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The operating system's process id, e.g. to read its CPU time or attach a profiler.</summary>
    public int Id => _process.Id;

    /// <summary>Starts <paramref name="project"/> (a folder under the solution root) built in the tests' own configuration.</summary>
    public static ServiceProcess Start(string project, IEnumerable<(string Key, string Value)> environment, string logName, params string[] arguments) =>
        Launch(null, project, environment, logName, arguments);

    /// <summary>
    /// As <see cref="Start"/>, inside a network namespace (ip netns exec replaces itself with the program, so the
    /// process is the program's own).
    /// </summary>
    public static ServiceProcess StartIn(string networkNamespace, string project, IEnumerable<(string Key, string Value)> environment, string logName) =>
        Launch(networkNamespace, project, environment, logName, []);

    private static ServiceProcess Launch(
        string? networkNamespace, string project, IEnumerable<(string Key, string Value)> environment, string logName, string[] arguments)
    {
        var dll = BuiltAssembly(project);
        var start = new ProcessStartInfo(networkNamespace is null ? "dotnet" : "ip")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (networkNamespace is not null)
        {
            foreach (var argument in new[] { "netns", "exec", networkNamespace, "dotnet" })
            {
                start.ArgumentList.Add(argument);
            }
        }

        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {project}");
        return new ServiceProcess(process, Path.Combine(Path.GetTempPath(), $"{logName}-{process.Id}.log"));
    }

    /// <summary>
    /// Waits until GET <paramref name="address"/> succeeds (or, with <paramref name="anyStatus"/>, answers at all); fails with
    /// the log's tail if the process exits or time runs out.
    /// </summary>
    public async Task WaitUntilAnswering(Uri address, TimeSpan timeout, bool anyStatus = false)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"process exited with {_process.ExitCode}; log {LogPath}:{Environment.NewLine}{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(address);
                if (anyStatus || response.IsSuccessStatusCode)
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

        throw new TimeoutException($"{address} did not answer within {timeout}; log {LogPath}:{Environment.NewLine}{Tail()}");
    }

    /// <summary>SIGKILL: no shutdown, no flush, as in a crash.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM and wait: the host's graceful shutdown. Returns the exit code.</summary>
    public async Task<int> Stop()
    {
        if (!_process.HasExited)
        {
            await Terminate();
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await _process.WaitForExitAsync(cancel.Token);
        }

        return _process.ExitCode;
    }

    /// <summary>SIGTERM without waiting, to watch the graceful shutdown from outside as Kubernetes does.</summary>
    public Task Terminate() => ProcessRunner.Run("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);

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

    /// <summary>The program built beside the running tests or benchmark, in the same configuration (Debug or Release).</summary>
    public static string BuiltAssembly(string project)
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "OrleansGovernance.sln")))
        {
            root = root.Parent;
        }

        var folder = Path.Combine(root?.FullName ?? throw new InvalidOperationException("OrleansGovernance.sln not found above the test folder."), project);
        var dll = Path.Combine(folder, "bin", configuration, "net10.0", Path.GetFileName(project) + ".dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"{project} is not built at {dll}.");
    }
}
