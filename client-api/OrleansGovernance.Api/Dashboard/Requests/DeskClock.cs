using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Dashboard.Requests;

/// <summary>
/// One of a request's two limits: the response limit (响应时限) runs until the request is acknowledged, then the
/// settle limit (办结时限) until it is settled. The browser ticks the text (desk.js, which writes it the same way);
/// the text here is its first paint and what the tests pin.
/// </summary>
public sealed record DeskClock(DeskClockKind Kind, DateTimeOffset Due)
{
    /// <summary>The clock that runs for an open request now; none for a closed one.</summary>
    public static DeskClock? Running(Ticket ticket) => ticket.Status switch
    {
        TicketStatus.Submitted => new(DeskClockKind.Response, ticket.ResponseDue),
        _ when ticket.Status.IsOpen() => new(DeskClockKind.Settle, ticket.SettleDue),
        _ => null,
    };

    public bool IsPast(DateTimeOffset now) => Due <= now;

    public string Text(DateTimeOffset now) => Left(Due - now);

    /// <summary>
    /// "剩 4分 32秒" while time is left, seconds shown only within the last hour, where they matter (the response limit
    /// is five minutes); "超时 12分" once it ran out, to the minute.
    /// </summary>
    public static string Left(TimeSpan left) => left > TimeSpan.Zero
        ? string.Format(Texts.T("{0} left"), Span(left, seconds: true))
        : string.Format(Texts.T("Overdue by {0}"), Span(left.Duration(), seconds: false));

    private static string Span(TimeSpan span, bool seconds) =>
        span.TotalDays >= 1 ? $"{(int)span.TotalDays}{Texts.T("d")} {span.Hours}{Texts.T("h")}"
        : span.TotalHours >= 1 ? $"{(int)span.TotalHours}{Texts.T("h")} {span.Minutes}{Texts.T("m")}"
        : seconds ? $"{span.Minutes}{Texts.T("m")} {span.Seconds}{Texts.T("s")}"
        : $"{span.Minutes}{Texts.T("m")}";
}

public enum DeskClockKind
{
    Response,
    Settle,
}
