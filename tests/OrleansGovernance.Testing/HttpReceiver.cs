using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OrleansGovernance.Testing;

/// <summary>
/// An HTTP server on a loopback port that keeps every request it is sent (path with query, and JSON body) and answers
/// what <see cref="Answer"/> says: 200 with an empty object unless told otherwise.
/// </summary>
public sealed class HttpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<(string Path, JsonNode? Body)> _received = [];

    private HttpReceiver(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The answer to a request, by its path and body: status and JSON text.</summary>
    public Func<string, JsonNode?, (HttpStatusCode Status, string Json)> Answer { get; set; } = (_, _) => (HttpStatusCode.OK, "{}");

    public IReadOnlyList<(string Path, JsonNode? Body)> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public static async Task<HttpReceiver> Start()
    {
        var port = FreePorts.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new HttpReceiver(app, new Uri($"http://127.0.0.1:{port}/"));
        app.Run(async context =>
        {
            var text = await new StreamReader(context.Request.Body).ReadToEndAsync();
            var body = text.Length == 0 ? null : JsonNode.Parse(text);
            var path = context.Request.Path + context.Request.QueryString;
            var (status, json) = receiver.Answer(path, body);
            if (status == HttpStatusCode.OK)
            {
                lock (receiver._received)
                {
                    receiver._received.Add((path, body));
                }
            }

            context.Response.StatusCode = (int)status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
