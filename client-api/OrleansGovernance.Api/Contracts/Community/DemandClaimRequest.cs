using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a ClaimDraft.</summary>
public sealed record DemandClaimRequest(
    string DemandId,
    string? ResourceId = null,
    string? ResponsibleParty = null)
{
    public ClaimDraft ToDomain() => new(
        DemandId,
        ResourceId,
        ResponsibleParty);
}
