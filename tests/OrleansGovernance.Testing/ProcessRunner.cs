using System.Diagnostics;

namespace OrleansGovernance.Testing;

public static class ProcessRunner
{
    /// <summary>Runs a command to completion and fails loudly, with its output, if it does not succeed.</summary>
    public static async Task<string> Run(
        string file, IEnumerable<string> arguments, TimeSpan? timeout = null, IEnumerable<(string Key, string Value)>? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment ?? [])
        {
            start.Environment[key] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(cancel.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:{Environment.NewLine}{await output}{await error}");
        }

        return await output;
    }
}
