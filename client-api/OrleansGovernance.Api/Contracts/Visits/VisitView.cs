using OrleansGovernance.Domain.Visits;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// A door visit. The findings, the visitor and the request filed are shown only to those who see the community's
/// households (its staff, admins); everyone else sees the household's reference and the time — not the kind of
/// visit either, which would tell them the household is in difficulty.
/// </summary>
public sealed record VisitView(
    string Id,
    string HouseholdReference,
    VisitKind? Kind,
    DateTimeOffset VisitedAt,
    string? Findings,
    string? VisitedBy,
    string? TicketId,
    bool Synthetic)
{
    public static VisitView For(DoorVisit v, bool sees) => sees
        ? new(v.Id, v.HouseholdReference, v.Kind, v.VisitedAt, v.Findings, v.VisitedByName ?? v.VisitedBy, v.TicketId, v.Synthetic)
        : new(v.Id, v.HouseholdReference, null, v.VisitedAt, null, null, null, v.Synthetic);
}
