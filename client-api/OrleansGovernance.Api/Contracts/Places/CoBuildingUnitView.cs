using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>CoBuildingUnit as the API shows it.</summary>
public sealed record CoBuildingUnitView(
    string Id,
    string Name,
    string NameZh,
    string? PairedCompoundId,
    bool Synthetic)
{
    public static CoBuildingUnitView Of(CoBuildingUnit source) => new(
        source.Id,
        source.Name,
        source.NameZh,
        source.PairedCompoundId,
        source.Synthetic);
}
