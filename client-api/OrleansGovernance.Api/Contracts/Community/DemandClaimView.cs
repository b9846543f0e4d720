using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>DemandClaim as the API shows it.</summary>
public sealed record DemandClaimView(
    string Id,
    string DemandId,
    string? ResourceId,
    string? ResponsibleParty,
    string By,
    DateTimeOffset ClaimedAt)
{
    public static DemandClaimView Of(DemandClaim source) => new(
        source.Id,
        source.DemandId,
        source.ResourceId,
        source.ResponsibleParty,
        source.By,
        source.ClaimedAt);
}
