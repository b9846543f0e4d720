using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OrleansGovernance.Api.Tests;

/// <summary>Credentials in a URL (a feed ticket, an api_key, a token) never reach a log, nor the Orleans Dashboard's trace.</summary>
[Collection(PlatformCollection.Name)]
public sealed class LogRedactionTests(PlatformFixture platform)
{
    private const string Secret = "s3cr3t-value-never-logged";

    [Theory]
    [InlineData("/api/v1/compounds/xiamen.jimei.xinglin.fangzhi.hualing-garden/live?ticket=" + Secret)]
    [InlineData("/api/v1/regions/xiamen/live?access_token=" + Secret)]
    [InlineData("/open311/v2/requests.json?api_key=" + Secret + "&service_code=noise")]
    public async Task Request_logs_show_the_url_with_its_credentials_redacted(string url)
    {
        var captured = new CapturingLoggerProvider();
        await using var host = await ClientApiHost.Start(
            platform,
            new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information" },
            map: app => app.Services.GetRequiredService<ILoggerFactory>().AddProvider(captured));
        host.Http.DefaultRequestHeaders.Authorization = null;

        using var response = await host.Http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);

        var requestLines = captured.Lines.Where(line => line.Contains(url[..url.IndexOf('?', StringComparison.Ordinal)], StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(requestLines);
        Assert.DoesNotContain(captured.Lines, line => line.Contains(Secret, StringComparison.Ordinal));
        Assert.Contains(requestLines, line => line.Contains("=[redacted]", StringComparison.Ordinal));

        // Redaction keeps the host's filter rules: nothing below the configured levels gets through.
        Assert.DoesNotContain(captured.Levels, level => level < LogLevel.Information);
    }

    [Fact]
    public async Task The_orleans_dashboard_serves_no_trace_stream_even_to_admins()
    {
        using var response = await platform.CreateClient().GetAsync("/orleans/Trace", HttpCompletionOption.ResponseHeadersRead);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{response.StatusCode}");
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();
        private readonly ConcurrentQueue<LogLevel> _levels = new();

        public IReadOnlyList<string> Lines => [.. _lines];

        public IReadOnlyList<LogLevel> Levels => [.. _levels];

        public ILogger CreateLogger(string categoryName) => new Capture(_lines, _levels);

        public void Dispose()
        {
        }

        private sealed class Capture(ConcurrentQueue<string> lines, ConcurrentQueue<LogLevel> levels) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                levels.Enqueue(logLevel);
                lines.Enqueue(formatter(state, exception));
                if (state is IEnumerable<KeyValuePair<string, object?>> values)
                {
                    foreach (var (_, value) in values)
                    {
                        lines.Enqueue(value?.ToString() ?? "");
                    }
                }
            }
        }
    }
}
