using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrleansGovernance.Integration.Tests;

/// <summary>The HTTP calls the fault tests make, against one silo's API, as an admin unless given another token.</summary>
internal sealed class Api(Uri baseAddress, string? token = null, TimeSpan? timeout = null) : IDisposable
{
    public const string Hualing = "xiamen.jimei.xinglin.fangzhi.hualing-garden";
    public const string HualingPlan = Hualing + ".plan-2024-2026";

    private readonly HttpClient _http = new()
    {
        BaseAddress = baseAddress,
        Timeout = timeout ?? TimeSpan.FromSeconds(20),
        DefaultRequestHeaders = { Authorization = new("Bearer", token ?? TestTokens.Admin) },
    };

    public Task<HttpResponseMessage> FileTicket(string compoundId, string description) =>
        _http.PostAsJsonAsync("/api/v1/tickets", new { compoundId, category = "noise", channel = "walkIn", description });

    public Task<HttpResponseMessage> Acknowledge(string ticketId) =>
        _http.PostAsJsonAsync($"/api/v1/tickets/{ticketId}/acknowledge", new { note = "on my way" });

    public Task<HttpResponseMessage> Tick(string planId, string milestone, string note, bool undo = false) =>
        _http.PostAsJsonAsync($"/api/v1/plans/{planId}/milestones/{milestone}/{(undo ? "untick" : "tick")}", new { note });

    public Task<HttpResponseMessage> Get(string path) => _http.GetAsync(path);

    public Task<HttpResponseMessage> Post(string path, object body) => _http.PostAsJsonAsync(path, body);

    public Task<HttpResponseMessage> Put(string path, object body) => _http.PutAsJsonAsync(path, body);

    /// <summary>A POST made only if the resource is still at <paramref name="etag"/> (a stale one answers 412).</summary>
    public Task<HttpResponseMessage> Post(string path, object body, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(etag);
        return _http.SendAsync(request);
    }

    public async Task<JsonElement> Json(string path)
    {
        var response = await _http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>
    /// As <see cref="Json"/>, for reading what survived a fault: a retryable 503 is asked again after its Retry-After,
    /// for up to 30 s, since a cluster still re-activating a dead silo's grains may shed a read.
    /// </summary>
    public async Task<JsonElement> JsonOnceAnswered(string path)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var response = await _http.GetAsync(path);
        while (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && DateTime.UtcNow < deadline)
        {
            await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
            response = await _http.GetAsync(path);
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<string> Id(HttpResponseMessage created) =>
        (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

    public void Dispose() => _http.Dispose();
}
