using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Api.Endpoints.Live;

/// <summary>
/// Sends a feed as Server-Sent Events: an event "figures" for each change of the place's figures (data: the summary
/// exactly as GET …/summary shows it; id: its version), the current figures first, and a comment line after every
/// quiet heartbeat interval. Written by hand because the framework's SSE result cannot send comments. The stream
/// ends when the client goes; the feed then unsubscribes.
/// </summary>
internal sealed class FiguresEventStream(FiguresFeed feed, TimeSpan heartbeat, IDisposable quotaPlace) : IResult
{
    private long _sentVersion;
    private string? _sentFigures;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using var place = quotaPlace;
        await using var subscription = feed;
        var json = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var response = httpContext.Response;
        var closed = httpContext.RequestAborted;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        try
        {
            await response.StartAsync(closed);
            while (true)
            {
                while (feed.Reports.TryRead(out var report))
                {
                    if (Change(report, json) is { } data)
                    {
                        await Send(response, $"event: figures\nid: {report.Figures.Version}\ndata: {data}\n\n", closed);
                    }
                }

                if (!await ReportsWaiting(closed))
                {
                    await Send(response, ": heartbeat\n\n", closed);
                }
            }
        }
        catch (OperationCanceledException) when (closed.IsCancellationRequested)
        {
            // The client went away.
        }
    }

    /// <summary>
    /// The summary as JSON if it is news: newer than the last sent, and different in more than the time it was
    /// computed (places republish unchanged figures at intervals, which is no change to a dashboard).
    /// </summary>
    private string? Change(PlaceReport report, JsonSerializerOptions json)
    {
        var summary = report.ToSummary();
        if (summary.Version <= _sentVersion)
        {
            return null;
        }

        var figures = JsonSerializer.Serialize(summary with { AsOf = default, Version = 0 }, json);
        if (figures == _sentFigures)
        {
            return null;
        }

        _sentVersion = summary.Version;
        _sentFigures = figures;
        return JsonSerializer.Serialize(summary, json);
    }

    /// <summary>Waits for the next snapshot; false when a heartbeat interval passed without one.</summary>
    private async Task<bool> ReportsWaiting(CancellationToken closed)
    {
        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(closed);
        quiet.CancelAfter(heartbeat);
        try
        {
            return await feed.Reports.WaitToReadAsync(quiet.Token);
        }
        catch (OperationCanceledException) when (!closed.IsCancellationRequested)
        {
            return false;
        }
    }

    private static async Task Send(HttpResponse response, string text, CancellationToken closed)
    {
        await response.WriteAsync(text, closed);
        await response.Body.FlushAsync(closed);
    }
}
