using System.Text.Json;
using System.Text.Json.Serialization;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Dashboard.Requests;

/// <summary>
/// One of a request's two limits: the response limit (响应时限) runs until the request is acknowledged, then the
/// settle limit (办结时限) until it is settled. The browser ticks the text (desk/clock.js, which writes it the same way with these words);
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
    public static string Left(TimeSpan left)
    {
        var words = ClockWords.Current;
        return left > TimeSpan.Zero
            ? string.Format(words.Left, Span(left, seconds: true, words))
            : string.Format(words.Over, Span(left.Duration(), seconds: false, words));
    }

    /// <summary>
    /// The words <see cref="Left"/> writes with, in the reader's language, as JSON for the browser's ticking copy of it
    /// (desk/clock.js reads them from the desk's data-words), so that the words have one source.
    /// </summary>
    public static string Words() => JsonSerializer.Serialize(ClockWords.Current);

    private static string Span(TimeSpan span, bool seconds, ClockWords w) =>
        span.TotalDays >= 1 ? $"{(int)span.TotalDays}{w.D} {span.Hours}{w.H}"
        : span.TotalHours >= 1 ? $"{(int)span.TotalHours}{w.H} {span.Minutes}{w.M}"
        : seconds ? $"{span.Minutes}{w.M} {span.Seconds}{w.S}"
        : $"{span.Minutes}{w.M}";

    private sealed record ClockWords(
        [property: JsonPropertyName("left")] string Left,
        [property: JsonPropertyName("over")] string Over,
        [property: JsonPropertyName("d")] string D,
        [property: JsonPropertyName("h")] string H,
        [property: JsonPropertyName("m")] string M,
        [property: JsonPropertyName("s")] string S)
    {
        public static ClockWords Current => new(
            Texts.T("{0} left"), Texts.T("Overdue by {0}"), Texts.T("d"), Texts.T("h"), Texts.T("m"), Texts.T("s"));
    }
}

public enum DeskClockKind
{
    Response,
    Settle,
}
