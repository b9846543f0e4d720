using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Dashboard.Requests;

/// <summary>
/// What the desk narrows its queue to: statuses (none chosen means all), a category, a compound, only requests past
/// their running limit, and words found in the description, the location or the id.
/// </summary>
public sealed record DeskFilter(
    IReadOnlySet<TicketStatus> Statuses,
    TicketCategory? Category = null,
    string? CompoundId = null,
    bool OverdueOnly = false,
    string? Search = null)
{
    public static DeskFilter None { get; } = new(new HashSet<TicketStatus>());

    public bool IsNone => Statuses.Count == 0 && Category is null && CompoundId is null && !OverdueOnly && string.IsNullOrWhiteSpace(Search);

    /// <summary>The tickets that pass, in the order given (the queue's order, most urgent first).</summary>
    public IReadOnlyList<Ticket> Apply(IEnumerable<Ticket> tickets, DateTimeOffset now) => [.. tickets.Where(t => Passes(t, now))];

    public bool Passes(Ticket ticket, DateTimeOffset now) =>
        (Statuses.Count == 0 || Statuses.Contains(ticket.Status))
        && (Category is not { } category || ticket.Category == category)
        && (CompoundId is not { } compound || ticket.CompoundId == compound)
        && (!OverdueOnly || DeskClock.Running(ticket)?.IsPast(now) == true)
        && Mentions(ticket);

    /// <summary>Every word typed must appear somewhere (description, location or id), in any case.</summary>
    private bool Mentions(Ticket ticket) =>
        (Search ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).All(word =>
            ticket.Description.Contains(word, StringComparison.CurrentCultureIgnoreCase)
            || (ticket.Location?.Contains(word, StringComparison.CurrentCultureIgnoreCase) ?? false)
            || ticket.Id.Contains(word, StringComparison.OrdinalIgnoreCase));
}
