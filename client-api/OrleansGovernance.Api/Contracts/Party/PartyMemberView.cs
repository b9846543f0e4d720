using OrleansGovernance.Domain.Party;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// A registered member. Name, phone and work unit are personal data: null unless the caller is staff of the community
/// or an admin (<see cref="Masked"/> says so); the id is the reference everyone else sees.
/// </summary>
public sealed record PartyMemberView(
    string Id,
    string? Name,
    string? Phone,
    MemberStanding Standing,
    string? WorkUnit,
    string? CompoundId,
    DateOnly RegisteredOn,
    DateOnly? LastServed,
    bool Synthetic,
    bool Masked)
{
    public static PartyMemberView Of(PartyMember m, DateOnly? lastServed, bool seesPersonalData) => seesPersonalData
        ? new(m.Id, m.Name, m.Phone, m.Standing, m.WorkUnit, m.CompoundId, m.RegisteredOn, lastServed, m.Synthetic, false)
        : new(m.Id, null, null, m.Standing, null, m.CompoundId, m.RegisteredOn, lastServed, m.Synthetic, true);
}
