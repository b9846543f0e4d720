namespace OrleansGovernance.Domain.Tickets;

/// <summary>
/// What the figures need to know about one request, without its text or the reporter's personal data.
/// A compound keeps the latest facts of each of its tickets and ignores facts older than the ones it holds.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.ticket-facts")]
public sealed record TicketFacts(
    [property: Id(0)] string Id,
    [property: Id(1)] int Version,
    [property: Id(2)] TicketCategory Category,
    [property: Id(3)] TicketStatus Status,
    [property: Id(4)] DateTimeOffset SubmittedAt,
    [property: Id(5)] DateTimeOffset ResponseDue,
    [property: Id(6)] DateTimeOffset SettleDue,
    [property: Id(7)] DateTimeOffset? RespondedAt,
    [property: Id(8)] DateTimeOffset? ClaimedAt,
    [property: Id(9)] DateTimeOffset? EscalatedAt,
    [property: Id(10)] DateTimeOffset? SettledAt,
    [property: Id(11)] SatisfactionLevel? Rating,
    [property: Id(12)] int Reopened)
{
    public static TicketFacts Of(Ticket t) => new(
        t.Id, t.Version, t.Category, t.Status, t.SubmittedAt, t.ResponseDue, t.SettleDue, t.RespondedAt,
        t.ClaimedAt, t.EscalatedAt, t.SettledAt, t.Rating, t.Reopened);

    /// <summary>Not answered in time: answered late, or still unanswered after the limit ran out.</summary>
    public bool IsBreached(DateTimeOffset now) =>
        RespondedAt is { } responded ? responded > ResponseDue : Status.IsOpen() && now > ResponseDue;

    public bool IsOverdue(DateTimeOffset now) => Status.IsOpen() && now > SettleDue;

    /// <summary>Still open and unanswered after its response limit ran out: overdue on the response clock.</summary>
    public bool IsResponseOverdue(DateTimeOffset now) => Status.IsOpen() && RespondedAt is null && now > ResponseDue;
}
