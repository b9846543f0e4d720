using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a CoBuildingUnit.</summary>
public sealed record CoBuildingUnitRequest(
    string Id,
    string Name,
    string NameZh,
    string? PairedCompoundId = null,
    bool Synthetic = false)
{
    public CoBuildingUnit ToDomain() => new(
        Id,
        Name,
        NameZh,
        PairedCompoundId,
        Synthetic);
}
