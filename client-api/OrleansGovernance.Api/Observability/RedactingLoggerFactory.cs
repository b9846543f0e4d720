using Microsoft.Extensions.Logging;

namespace OrleansGovernance.Api.Observability;

/// <summary>
/// Every logger the host hands out, with credentials in URLs redacted before any provider sees the entry: the
/// framework's request log, Orleans, and anything else that writes a URL with its query (a feed ticket, an api_key).
/// The message and each structured value are redacted alike, so a console, a collector and the Orleans Dashboard
/// all receive the same safe entry.
/// </summary>
internal sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            IReadOnlyList<KeyValuePair<string, object?>> values = state is IEnumerable<KeyValuePair<string, object?>> structured
                ? [.. structured.Select(v => new KeyValuePair<string, object?>(v.Key, Redact(v.Value)))]
                : [];
            var message = UrlCredentials.Redact(formatter(state, exception));
            inner.Log(logLevel, eventId, new RedactedEntry(values, message), exception, static (entry, _) => entry.Message);
        }

        private static object? Redact(object? value) => value switch
        {
            string text => UrlCredentials.Redact(text),
            Uri or Microsoft.AspNetCore.Http.QueryString => UrlCredentials.Redact(value.ToString() ?? ""),
            _ => value,
        };
    }

    /// <summary>The redacted values under their names (so structured sinks keep their fields) and the redacted message.</summary>
    private sealed class RedactedEntry(IReadOnlyList<KeyValuePair<string, object?>> values, string message) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public string Message => message;

        public int Count => values.Count;

        public KeyValuePair<string, object?> this[int index] => values[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => message;
    }
}
