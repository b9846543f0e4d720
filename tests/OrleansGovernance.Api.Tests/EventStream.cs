using System.Text;
using System.Text.Json;

namespace OrleansGovernance.Api.Tests;

/// <summary>Reads Server-Sent Events off a response body, counting the comment lines (heartbeats) it passes.</summary>
internal sealed class EventStream(Stream body) : IDisposable
{
    private readonly StreamReader _reader = new(body, Encoding.UTF8);

    public int Comments { get; private set; }

    /// <summary>The next event; fails the test if none comes within <paramref name="timeout"/>.</summary>
    public async Task<(string? Name, string? Id, JsonElement Data)> Next(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        string? name = null;
        string? id = null;
        var data = new StringBuilder();
        while (true)
        {
            var line = await Line(limit.Token);
            if (line.StartsWith(':'))
            {
                continue;
            }

            if (line.Length == 0 && data.Length > 0)
            {
                return (name, id, JsonDocument.Parse(data.ToString()).RootElement.Clone());
            }

            var (field, value) = line.Split(':', 2) is [var f, var v] ? (f, v.StartsWith(' ') ? v[1..] : v) : (line, "");
            if (field == "event")
            {
                name = value;
            }
            else if (field == "id")
            {
                id = value;
            }
            else if (field == "data")
            {
                data.Append(value);
            }
        }
    }

    /// <summary>Reads past events until a comment line (a heartbeat) comes; fails the test if none comes in time.</summary>
    public async Task NextComment(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        var seen = Comments;
        while (Comments == seen)
        {
            await Line(limit.Token);
        }
    }

    /// <summary>Reads events until one satisfies <paramref name="wanted"/>, all within <paramref name="timeout"/>.</summary>
    public async Task<JsonElement> Until(Func<JsonElement, bool> wanted, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var (_, _, data) = await Next(TimeSpan.FromTicks(Math.Max(1, (deadline - DateTime.UtcNow).Ticks)));
            if (wanted(data))
            {
                return data;
            }
        }
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>The next line; comment lines are counted.</summary>
    private async Task<string> Line(CancellationToken limit)
    {
        var line = await _reader.ReadLineAsync(limit) ?? throw new EndOfStreamException("the event stream ended");
        Comments += line.StartsWith(':') ? 1 : 0;
        return line;
    }
}
