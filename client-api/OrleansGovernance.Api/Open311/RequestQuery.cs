using Microsoft.AspNetCore.Http;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Open311;

/// <summary>
/// The filters of GET requests.{format}. service_request_id overrides the rest, which are then not even read. Otherwise
/// requests are chosen by requested_datetime within [start_date, end_date]: a window of at most <see cref="MaxWindow"/>,
/// which is also the default (the 90 days to now, or 90 days from start_date or up to end_date when only one is given).
/// The common extensions (paging, a search around a point, updated_after) are not offered and are refused as such, so
/// a client never mistakes an unfiltered answer for a filtered one.
/// </summary>
public sealed record RequestQuery(
    IReadOnlyList<string>? Ids,
    IReadOnlySet<TicketCategory>? Categories,
    bool? Open,
    DateTimeOffset From,
    DateTimeOffset To)
{
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(90);

    /// <summary>The spec's response volume: at most this many requests, newest first.</summary>
    public const int MaxResults = 1000;

    private static readonly string[] Unsupported = ["page", "page_size", "lat", "long", "radius", "updated_after", "updated_before"];

    public static RequestQuery Parse(IQueryCollection query, DateTimeOffset now)
    {
        var ids = List(query, "service_request_id");
        if (ids?.Count > MaxResults)
        {
            throw new Open311Exception(400, $"ask for at most {MaxResults} service_request_id at once.");
        }

        if (ids is not null)
        {
            return new RequestQuery(ids, null, null, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        }

        if (Unsupported.FirstOrDefault(query.ContainsKey) is { } extension)
        {
            throw new Open311Exception(400, $"{extension} is not supported by this endpoint; it answers GeoReport v2's own filters (service_request_id, service_code, status, start_date, end_date).");
        }

        var categories = List(query, "service_code")?.Select(code => ServiceCatalogue.Find(code)?.Category
            ?? throw new Open311Exception(400, $"service_code '{code}' is not one of ours; see services.xml.")).ToHashSet();
        var statuses = List(query, "status")?.Select(status => status switch
        {
            "open" => true,
            "closed" => false,
            _ => throw new Open311Exception(400, $"status '{status}' is not open or closed."),
        }).Distinct().ToList();

        var start = Single(query, "start_date") is { } s ? W3DateTime.Parse(s, "start_date") : (DateTimeOffset?)null;
        var end = Single(query, "end_date") is { } e ? W3DateTime.Parse(e, "end_date") : (DateTimeOffset?)null;
        if (start > DateTimeOffset.MaxValue - MaxWindow || end < DateTimeOffset.MinValue + MaxWindow)
        {
            throw new Open311Exception(400, "start_date and end_date must leave room for a window of requests on the calendar.");
        }

        var (from, to) = (start, end) switch
        {
            ({ } a, { } b) => (a, b),
            ({ } a, null) => (a, a + MaxWindow),
            (null, { } b) => (b - MaxWindow, b),
            _ => (now - MaxWindow, now),
        };
        if (to < from)
        {
            throw new Open311Exception(400, "end_date is before start_date.");
        }

        if (to - from > MaxWindow)
        {
            throw new Open311Exception(400, $"start_date to end_date spans more than {MaxWindow.TotalDays} days.");
        }

        return new RequestQuery(ids, categories, statuses is [var open] ? open : null, from, to);
    }

    public bool Matches(Ticket ticket) =>
        (Categories is null || Categories.Contains(ticket.Category))
        && (Open is null || Open == RequestDocuments.IsOpen(ticket))
        && ticket.SubmittedAt >= From && ticket.SubmittedAt <= To;

    /// <summary>A comma-delimited filter, declared once or several times; null when absent, as the spec's optional arguments are.</summary>
    private static List<string>? List(IQueryCollection query, string name)
    {
        var items = query[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        return items.Count == 0 ? null : items;
    }

    private static string? Single(IQueryCollection query, string name) => query[name] switch
    {
        [] => null,
        [var only] => string.IsNullOrWhiteSpace(only) ? null : only.Trim(),
        _ => throw new Open311Exception(400, $"{name} was sent more than once."),
    };
}
