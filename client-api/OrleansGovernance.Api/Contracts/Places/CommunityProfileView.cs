using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>CommunityProfile as the API shows it.</summary>
public sealed record CommunityProfileView(
    string Id,
    string Name,
    string NameZh,
    string RegionId,
    IReadOnlyList<string> Compounds,
    CouncilView? Council,
    IReadOnlyList<CoBuildingUnitView> CoBuildingUnits,
    bool Synthetic)
{
    public static CommunityProfileView Of(CommunityProfile source) => new(
        source.Id,
        source.Name,
        source.NameZh,
        source.RegionId,
        source.Compounds,
        source.Council is null ? null : CouncilView.Of(source.Council),
        source.CoBuildingUnits.Select(CoBuildingUnitView.Of).ToList(),
        source.Synthetic);
}
