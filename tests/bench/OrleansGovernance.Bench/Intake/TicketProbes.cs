using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench.Intake;

/// <summary>
/// Freshness seen from outside: a probe rejects one prepared ticket through the API (nothing else rejects) and is timed
/// from sending that request until a live subscriber of the city (a grain observer on an Orleans client) receives
/// figures whose "rejected" count includes it.
/// </summary>
internal sealed class TicketProbes : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _api;
    private readonly IRegionGrain _city;
    private readonly CityWatcher _watcher = new();
    private readonly IFiguresObserver _reference;
    private readonly Queue<string> _prepared;
    private int _rejected;

    private TicketProbes(HttpClient http, Uri api, IClusterClient cluster, IEnumerable<string> prepared)
    {
        _http = http;
        _api = api;
        _city = cluster.GetGrain<IRegionGrain>(BenchPlaces.City);
        _reference = cluster.CreateObjectReference<IFiguresObserver>(_watcher);
        _prepared = new Queue<string>(prepared);
    }

    /// <summary>Files <paramref name="count"/> tickets to reject later, across the compounds, and subscribes to the city.</summary>
    public static async Task<TicketProbes> Prepare(HttpClient http, Uri api, IClusterClient cluster, IReadOnlyList<string> compounds, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            using var response = await Send(http, new Uri(api, "/api/v1/tickets"), TestTokens.Admin,
                new { compoundId = compounds[i % compounds.Count], category = "other", channel = "walkIn", description = "freshness probe" });
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }

        var probes = new TicketProbes(http, api, cluster, ids);
        await probes._city.Subscribe(probes._reference);
        return probes;
    }

    /// <summary>Probes one after another, 50 ms apart, until <paramref name="count"/> are done or <paramref name="within"/> has passed; their times in ms.</summary>
    public async Task<List<double>> Run(int count, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        var renewed = clock.Elapsed;
        var latencies = new List<double>();
        while (latencies.Count < count && clock.Elapsed < within && _prepared.TryDequeue(out var ticket))
        {
            // A subscription lapses after two minutes unless renewed.
            if (clock.Elapsed - renewed > TimeSpan.FromSeconds(30))
            {
                await _city.Subscribe(_reference);
                renewed = clock.Elapsed;
            }

            var arrived = _watcher.WhenRejected(++_rejected);
            var started = Stopwatch.GetTimestamp();
            using (await Send(_http, new Uri(_api, $"/api/v1/tickets/{ticket}/reject"), TestTokens.Admin, new { note = "probe" }))
            {
            }

            await arrived.WaitAsync(TimeSpan.FromSeconds(30));
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await Task.Delay(50);
        }

        return latencies;
    }

    public async ValueTask DisposeAsync() => await _city.Unsubscribe(_reference);

    private static async Task<HttpResponseMessage> Send(HttpClient http, Uri uri, string token, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            var problem = await response.Content.ReadAsStringAsync();
            response.Dispose();
            throw new InvalidOperationException($"POST {uri} answered {(int)response.StatusCode}: {problem}");
        }

        return response;
    }
}
