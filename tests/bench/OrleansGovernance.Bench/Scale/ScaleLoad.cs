using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrleansGovernance.Bench.Scale;

/// <summary>
/// Residents' and staff's traffic over HTTP: each client files a request (with an Idempotency-Key) and then
/// acknowledges it, again and again at a steady pace. A 503 with Retry-After is retried with the very same request;
/// anything else that is not a success ends that request, and is recorded by kind for the scenario to judge.
/// Remembers every write that was answered, so that they can all be looked for afterwards.
/// </summary>
public sealed class ScaleLoad(HttpClient http, IReadOnlyList<string> compounds, ScalePhases phases, ScaleOptions options, string run)
{
    private readonly ConcurrentBag<FiledTicket> _filed = [];
    private readonly ConcurrentBag<string> _acknowledged = [];
    private int _unanswered;

    /// <summary>Tickets whose filing was answered 201.</summary>
    public IReadOnlyCollection<FiledTicket> Filed => _filed;

    /// <summary>Tickets whose acknowledgement was answered 200.</summary>
    public IReadOnlyCollection<string> Acknowledged => _acknowledged;

    /// <summary>Writes given up without an answer (retries ran out, or an unacceptable answer): their outcome is unknown.</summary>
    public int Unanswered => _unanswered;

    /// <summary>What every ticket this load filed says, so the stored ones can be told from the seeded ones.</summary>
    public string DescriptionPrefix => $"{run} ";

    public Task Run(CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, options.Clients).Select(client => Task.Run(() => Client(client, stop))));

    private async Task Client(int client, CancellationToken stop)
    {
        var pace = TimeSpan.FromSeconds(1 / options.RoundsPerSecond);
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var next = Task.Delay(pace, CancellationToken.None);
            await Round(client, n);
            await next;
        }
    }

    /// <summary>Files one request and acknowledges it, each retried while the answer is a retryable 503.</summary>
    private async Task Round(int client, int n)
    {
        var compound = compounds[(client + (n * options.Clients)) % compounds.Count];
        var description = $"{DescriptionPrefix}client {client} request {n}";
        var filing = await Send(() => Post("/api/v1/tickets", new { compoundId = compound, category = "noise", channel = "walkIn", description }, $"{run}-{client}-{n}"));
        if (filing is not { Answered: { } ticket })
        {
            Interlocked.Increment(ref _unanswered);
            return;
        }

        var id = ticket.GetProperty("id").GetString()!;
        _filed.Add(new FiledTicket(id, description));
        switch (await Send(() => Post($"/api/v1/tickets/{id}/acknowledge", new { note = "on my way" }), doneEarlier: () => IsAcknowledged(id)))
        {
            case { Answered: not null }:
                _acknowledged.Add(id);
                break;
            case null:
                Interlocked.Increment(ref _unanswered);
                break;
        }
    }

    /// <summary>
    /// Sends the request until it is answered with a success (its body), or found done by an earlier attempt (no body;
    /// <paramref name="doneEarlier"/> tells whether a step answered 409 after a 503 had in fact been taken), or answered
    /// with something not worth retrying (null).
    /// </summary>
    private async Task<Outcome?> Send(Func<HttpRequestMessage> request, Func<Task<bool>>? doneEarlier = null)
    {
        var giveUpAt = phases.Clock.Elapsed + options.RetryFor;
        var retried = false;
        while (true)
        {
            var phase = phases.Current;
            var started = Stopwatch.GetTimestamp();
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request());
            }
            catch (HttpRequestException e)
            {
                phase.Record($"connection failed ({e.HttpRequestError})");
                return null;
            }
            catch (TaskCanceledException)
            {
                phase.Record($"no answer within {http.Timeout.TotalSeconds:F0} s");
                return null;
            }

            using (response)
            {
                if (response.IsSuccessStatusCode)
                {
                    phase.Answered(Stopwatch.GetElapsedTime(started), response.Headers.Contains("Idempotent-Replayed"));
                    return new Outcome(await response.Content.ReadFromJsonAsync<JsonElement>());
                }

                if (IsRetryable(response))
                {
                    phase.Record(Attempt.Retryable);
                    if (phases.Clock.Elapsed > giveUpAt)
                    {
                        return null;
                    }

                    retried = true;
                    var asked = response.Headers.RetryAfter?.Delta ?? options.RetryWaitCap;
                    await Task.Delay(asked < options.RetryWaitCap ? asked : options.RetryWaitCap);
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.Conflict && retried && doneEarlier is not null && await doneEarlier())
                {
                    phase.Record(Attempt.DoneEarlier);
                    return new Outcome(null);
                }

                phase.Record($"{(int)response.StatusCode} {await Title(response)}");
                return null;
            }
        }
    }

    private static bool IsRetryable(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.ServiceUnavailable
        && response.Headers.RetryAfter?.Delta is not null
        && response.Content.Headers.ContentType?.MediaType == "application/problem+json";

    private async Task<bool> IsAcknowledged(string id)
    {
        using var response = await http.GetAsync($"/api/v1/tickets/{id}");
        return response.IsSuccessStatusCode
            && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() == "acknowledged";
    }

    private static HttpRequestMessage Post(string path, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return request;
    }

    /// <summary>The problem's title, so an unexpected answer says what it was.</summary>
    private static async Task<string> Title(HttpResponseMessage response)
    {
        try
        {
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("title", out var title) ? title.GetString() ?? "" : "";
        }
        catch (JsonException)
        {
            return response.ReasonPhrase ?? "";
        }
    }
}

public sealed record FiledTicket(string Id, string Description);

/// <summary>A write that took effect; <paramref name="Answered"/> is its answer's body, null when an earlier attempt was found to have done it.</summary>
internal sealed record Outcome(JsonElement? Answered);
