namespace OrleansGovernance.Domain.Tickets;

/// <summary>
/// One step of a request's history: what happened, who did it, when and why, and who may read the why. <see cref="ByName"/>
/// is the display name the author's token gave (none on steps stored before names were kept, nor on imported ones).
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.ticket-transition")]
public sealed record TicketTransition(
    [property: Id(0)] TicketAction Action,
    [property: Id(1)] TicketStatus From,
    [property: Id(2)] TicketStatus To,
    [property: Id(3)] string By,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string? Note,
    [property: Id(6)] NoteVisibility Visibility = NoteVisibility.Internal,
    [property: Id(7)] string? ByName = null);
