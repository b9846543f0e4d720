using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OrleansGovernance.E2E.Tests;

/// <summary>
/// The host's warnings and errors, kept so a test can print them beside its own failure: a dashboard fault is
/// otherwise only visible as a page that stopped changing.
/// </summary>
public sealed class ServerLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    /// <summary>Everything logged since the last drain.</summary>
    public IReadOnlyList<string> Drain()
    {
        var lines = new List<string>();
        while (_lines.TryDequeue(out var line))
        {
            lines.Add(line);
        }

        return lines;
    }

    public ILogger CreateLogger(string categoryName) => new Writer(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Writer(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines.Enqueue($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : Environment.NewLine + exception)}");
            }
        }
    }
}
