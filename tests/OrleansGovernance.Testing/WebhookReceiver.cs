using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Testing;

/// <summary>
/// A webhook receiver on a loopback port, started by a test: it answers 500 while <see cref="Failing"/> and 204
/// otherwise, and keeps every request it got, with whether its signature verified against <see cref="Secrets"/>.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedDelivery> _received = new();

    private WebhookReceiver(WebApplication app, int port)
    {
        _app = app;
        Url = $"http://127.0.0.1:{port}/hooks/governance";
    }

    public string Url { get; }

    /// <summary>Answer 500 to everything while set.</summary>
    public bool Failing { get; set; }

    /// <summary>The secrets a signature may have been made with (any one verifies).</summary>
    public IReadOnlyList<string> Secrets { get; set; } = [];

    /// <summary>Every request received, in the order they arrived.</summary>
    public IReadOnlyList<ReceivedDelivery> Received => [.. _received];

    /// <summary>The deliveries this receiver answered with 2xx, in the order it answered them.</summary>
    public IReadOnlyList<ReceivedDelivery> Accepted => [.. _received.Where(r => r.Accepted)];

    public static async Task<WebhookReceiver> Start()
    {
        var port = FreePorts.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, port);
        app.MapPost("/hooks/governance", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = http.Request.Headers;
            var failing = receiver.Failing;
            var signature = headers[WebhookSignature.SignatureHeader].ToString();
            var timestamp = headers[WebhookSignature.TimestampHeader].ToString();
            receiver._received.Enqueue(new ReceivedDelivery(
                headers[WebhookSignature.IdHeader].ToString(),
                body,
                signature,
                receiver.Secrets.Count > 0 && receiver.Secrets.All(secret => WebhookSignature.Verify(secret, signature, timestamp, body, DateTimeOffset.UtcNow)),
                !failing));
            return failing ? Results.StatusCode(500) : Results.NoContent();
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request as the receiver got it.</summary>
public sealed record ReceivedDelivery(string Id, string Body, string Signature, bool SignatureValid, bool Accepted)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string TicketId => Json.GetProperty("ticket").GetProperty("id").GetString()!;

    public int Version => Json.GetProperty("ticket").GetProperty("version").GetInt32();

    public string Event => Json.GetProperty("event").GetString()!;
}
