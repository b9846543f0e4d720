using OrleansGovernance.Domain.Party;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// Records a service a team gave: its China calendar date (today or earlier), the members who took part, the hours each
/// gave (quarter hours, at most 24), the residents served and what was done.
/// </summary>
public sealed record ServiceActivityRequest(
    DateOnly Date,
    string TeamId,
    IReadOnlyList<string> MemberIds,
    decimal Hours,
    int ResidentsServed,
    string Description,
    bool Synthetic = false)
{
    public ServiceActivityDraft ToDomain() => new(Date, TeamId, [.. MemberIds], Hours, ResidentsServed, Description, Synthetic);
}
