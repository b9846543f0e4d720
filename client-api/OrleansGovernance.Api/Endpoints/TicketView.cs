using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>
/// A ticket as the API shows it: the reporter's contact only to the reporter and the place's staff, masked for
/// everyone else; internal notes only to the place's staff.
/// </summary>
public sealed record TicketView(
    string Id,
    string CompoundId,
    TicketCategory Category,
    TicketChannel Channel,
    string Description,
    string? Location,
    ReporterContactView? Reporter,
    TicketStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset ResponseDue,
    DateTimeOffset SettleDue,
    DateTimeOffset? RespondedAt,
    DateTimeOffset? ClaimedAt,
    ClaimingParty? ClaimedBy,
    string? ClaimantName,
    DateTimeOffset? EscalatedAt,
    DateTimeOffset? SettledAt,
    SatisfactionLevel? Rating,
    string? DuplicateOf,
    int Reopened,
    int Version,
    IReadOnlyList<TicketTransitionView> History,
    ServiceRequestDetailsView? Details)
{
    public static TicketView For(Ticket t, Caller caller) => new(
        t.Id, t.CompoundId, t.Category, t.Channel, t.Description, t.Location,
        (caller.SeesReporterOf(t) ? t.Reporter : t.Reporter?.Masked()) is { } reporter ? ReporterContactView.Of(reporter) : null, t.Status,
        t.SubmittedAt, t.ResponseDue, t.SettleDue, t.RespondedAt, t.ClaimedAt, t.ClaimedBy, t.ClaimantName,
        t.EscalatedAt, t.SettledAt, t.Rating, t.DuplicateOf, t.Reopened, t.Version, VisibleHistory(t, caller),
        t.Details is null ? null : ServiceRequestDetailsView.Of(t.Details));

    private static IReadOnlyList<TicketTransitionView> VisibleHistory(Ticket t, Caller caller) =>
        caller.Role == Roles.Staff && caller.Covers(t.CompoundId)
            ? [.. t.History.Select(TicketTransitionView.Of)]
            : [.. t.History.Select(step => TicketTransitionView.Of(step.Visibility == NoteVisibility.Public || step.Note is null || Wrote(step, caller) ? step : step with { Note = null }))];

    /// <summary>A note is always its author's to read again, whoever else it is hidden from.</summary>
    private static bool Wrote(TicketTransition step, Caller caller) => caller.Subject.Length > 0 && step.By == caller.Subject;
}
