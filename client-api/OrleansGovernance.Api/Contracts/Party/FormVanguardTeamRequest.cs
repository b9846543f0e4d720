using OrleansGovernance.Domain.Party;

namespace OrleansGovernance.Api.Contracts;

/// <summary>Forms a vanguard service team in the community's register, of registered members, serving a compound or the whole community.</summary>
public sealed record FormVanguardTeamRequest(
    string Name,
    string NameZh,
    string? CompoundId,
    IReadOnlyList<string> MemberIds,
    bool Synthetic = false)
{
    public ServiceTeamDraft ToDomain() => new(Name, NameZh, CompoundId, [.. MemberIds], Synthetic);
}
