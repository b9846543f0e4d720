using OrleansGovernance.Domain.Party;

namespace OrleansGovernance.Api.Contracts;

/// <summary>Registers a party member at the community (党员"双报到"): a member in work names the work unit, a retired one none.</summary>
public sealed record PartyMemberRequest(
    string Name,
    string? Phone,
    MemberStanding Standing,
    string? WorkUnit,
    string? CompoundId,
    DateOnly RegisteredOn,
    bool Synthetic = false)
{
    public PartyMemberDraft ToDomain() => new(Name, Phone, Standing, WorkUnit, CompoundId, RegisteredOn, Synthetic);
}
