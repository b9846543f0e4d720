using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>
/// A ticket as the API shows it: the reporter's contact only to the reporter and the place's staff, masked for
/// everyone else; internal notes only to the place's staff. Display names on its history go to the reporter and the
/// place's staff; everyone else sees the names of staff steps only, because filing, rating and reopening may be a
/// resident's, and a resident's name is personal data (Open311 shows no authors at all).
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

    private static IReadOnlyList<TicketTransitionView> VisibleHistory(Ticket t, Caller caller)
    {
        if (caller.Role == Roles.Staff && caller.Covers(t.CompoundId))
        {
            return [.. t.History.Select(TicketTransitionView.Of)];
        }

        var seesNames = caller.SeesReporterOf(t);
        return [.. t.History.Select(step => TicketTransitionView.Of(step with
        {
            Note = step.Visibility == NoteVisibility.Public || Wrote(step, caller) ? step.Note : null,
            ByName = seesNames || Wrote(step, caller) || !MayBeAResidents(step.Action) ? step.ByName : null,
        }))];
    }

    /// <summary>Steps a resident can take (filing, rating, reopening), as opposed to those only staff take.</summary>
    private static bool MayBeAResidents(TicketAction action) =>
        action is TicketAction.Submit or TicketAction.Rate or TicketAction.Reopen;

    /// <summary>A note is always its author's to read again, whoever else it is hidden from.</summary>
    private static bool Wrote(TicketTransition step, Caller caller) => caller.Subject.Length > 0 && step.By == caller.Subject;
}
