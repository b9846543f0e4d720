using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OrleansGovernance.Bench.Intake;

/// <summary>
/// Residents filing requests over HTTP, as a load balancer would spread them: request n of worker w goes to target
/// (w + n) mod the targets that are up. The body is the platform's filing (compound, category, channel, description),
/// which the conventional service takes too. A filing counts only when answered 201; anything else is a failure of
/// the kind it met, and no request is retried. With <paramref name="idempotencyKeys"/> each filing sends an
/// Idempotency-Key of its own, as a client that may retry does.
/// </summary>
public sealed class HttpFilings(HttpClient http, IEnumerable<Uri> targets, string path, IReadOnlyList<string> compounds, string token, bool keepIds = false, bool idempotencyKeys = false)
{
    private readonly ConcurrentBag<string> _filed = [];
    private volatile Uri[] _targets = [.. targets];

    /// <summary>Ids of the tickets answered 201 (kept only when asked for), to look for them afterwards.</summary>
    public IReadOnlyCollection<string> Filed => _filed;

    /// <summary>An HTTP client for a load: pooled keep-alive connections without a cap per server.</summary>
    public static HttpClient Client() => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        MaxConnectionsPerServer = int.MaxValue,
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Takes <paramref name="target"/> out of the rotation, as a load balancer does with a backend that went down.</summary>
    public void Remove(Uri target) => _targets = [.. _targets.Where(t => t != target)];

    /// <summary>Files one request; null when answered 201, else the kind of failure.</summary>
    public async Task<string?> File(int worker, long n)
    {
        var targets = _targets;
        var compound = compounds[(int)((worker + (n * 7919)) % compounds.Count)];
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(targets[(int)((worker + n) % targets.Length)], path))
        {
            Content = new StringContent(
                $$"""{"compoundId":"{{compound}}","category":"sanitation","channel":"hotline","description":"Bins overflowing by building 3 ({{worker}}-{{n}})"}""",
                Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (idempotencyKeys)
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        }

        try
        {
            using var response = await http.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                return Kind(response);
            }

            if (keepIds)
            {
                using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
                _filed.Add(body.RootElement.GetProperty("id").ToString());
            }

            return null;
        }
        catch (HttpRequestException e)
        {
            return $"connection failed ({e.HttpRequestError})";
        }
        catch (TaskCanceledException)
        {
            return $"no answer within {http.Timeout.TotalSeconds:F0} s";
        }
    }

    private static string Kind(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null
            ? "503 with Retry-After (retryable)"
            : $"{(int)response.StatusCode} {response.ReasonPhrase}";
}
