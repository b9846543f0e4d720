using OrleansGovernance.Domain.Visits;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// A household on the visiting register. Callers who do not keep the community's records see the reference alone
/// (the other members null): where a household lives and how it fares are for the community's staff.
/// </summary>
public sealed record HouseholdView(
    string Reference,
    string? CompoundId,
    bool? InDifficulty,
    int? CadenceDays,
    DateTimeOffset? RegisteredAt,
    DateTimeOffset? LastVisitedAt,
    DateTimeOffset? DueAt,
    bool? Overdue,
    bool Synthetic)
{
    public static HouseholdView For(Household h, bool sees, DateTimeOffset now) => sees
        ? new(h.Reference, h.CompoundId, h.HasCadence, h.CadenceDays, h.RegisteredAt, h.LastVisitedAt, h.DueAt, h.IsOverdue(now), h.Synthetic)
        : new(h.Reference, null, null, null, null, null, null, null, h.Synthetic);
}
