namespace OrleansGovernance.Domain.Tickets;

/// <summary>
/// Which tickets a listing asks a compound for: any of <see cref="Statuses"/> and any of <see cref="Categories"/>
/// (an empty list asks for all), filed in [<see cref="From"/>, <see cref="To"/>), and older than the ticket
/// <see cref="Before"/> (the cursor: the last ticket of the previous page). Ticket ids sort by filing time, so the
/// answer is the first <see cref="Take"/> ids in descending order: newest first.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.ticket-query")]
public sealed record TicketQuery(
    [property: Id(0)] IReadOnlyList<TicketStatus> Statuses,
    [property: Id(1)] IReadOnlyList<TicketCategory> Categories,
    [property: Id(2)] DateTimeOffset? From,
    [property: Id(3)] DateTimeOffset? To,
    [property: Id(4)] string? Before,
    [property: Id(5)] int Take)
{
    public bool Matches(TicketFacts ticket) =>
        (Statuses.Count == 0 || Statuses.Contains(ticket.Status))
        && (Categories.Count == 0 || Categories.Contains(ticket.Category))
        && (From is not { } from || ticket.SubmittedAt >= from)
        && (To is not { } to || ticket.SubmittedAt < to)
        && (Before is null || string.CompareOrdinal(ticket.Id, Before) < 0);

    /// <summary>The ids of the matching tickets, newest first, at most <see cref="Take"/> of them.</summary>
    public IReadOnlyList<string> Select(IEnumerable<TicketFacts> tickets)
    {
        if (Take < 1)
        {
            throw DomainRuleException.Invalid($"a ticket query takes at least one ticket, not {Take}.");
        }

        return [.. tickets.Where(Matches).Select(t => t.Id).OrderDescending(StringComparer.Ordinal).Take(Take)];
    }
}
