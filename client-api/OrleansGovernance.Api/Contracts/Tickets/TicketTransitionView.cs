using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Contracts;

/// <summary>TicketTransition as the API shows it.</summary>
public sealed record TicketTransitionView(
    TicketAction Action,
    TicketStatus From,
    TicketStatus To,
    string By,
    DateTimeOffset At,
    string? Note,
    NoteVisibility Visibility)
{
    public static TicketTransitionView Of(TicketTransition source) => new(
        source.Action,
        source.From,
        source.To,
        source.By,
        source.At,
        source.Note,
        source.Visibility);
}
