using OrleansGovernance.Domain.Visits;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// A household put on the visiting register under a reference of the community's own (never a name or a door
/// number). A household in difficulty is visited every <paramref name="CadenceDays"/> days, 30 unless given.
/// </summary>
public sealed record HouseholdRequest(string Reference, string CompoundId, bool InDifficulty = false, int? CadenceDays = null, bool Synthetic = false)
{
    public HouseholdDraft ToDomain() => new(Reference, CompoundId, InDifficulty, CadenceDays, Synthetic);
}
