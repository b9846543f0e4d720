using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// TicketTransition as the API shows it. <see cref="ByName"/> is the author's display name beside their subject, when
/// the reader may know it (see <see cref="Endpoints.TicketView"/>); null when withheld or never kept.
/// </summary>
public sealed record TicketTransitionView(
    TicketAction Action,
    TicketStatus From,
    TicketStatus To,
    string By,
    string? ByName,
    DateTimeOffset At,
    string? Note,
    NoteVisibility Visibility)
{
    public static TicketTransitionView Of(TicketTransition source) => new(
        source.Action,
        source.From,
        source.To,
        source.By,
        source.ByName,
        source.At,
        source.Note,
        source.Visibility);
}
