using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that defines a CommunityProfile.</summary>
public sealed class CommunityProfileRequest
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string NameZh { get; init; } = "";

    public string RegionId { get; init; } = "";

    public IReadOnlyList<string> Compounds { get; init; } = [];

    public CouncilRequest? Council { get; init; }

    public IReadOnlyList<CoBuildingUnitRequest> CoBuildingUnits { get; init; } = [];

    public bool Synthetic { get; init; }

    public CommunityProfile ToDomain() => new()
    {
        Id = Id,
        Name = Name,
        NameZh = NameZh,
        RegionId = RegionId,
        Compounds = [.. Compounds],
        Council = Council?.ToDomain(),
        CoBuildingUnits = [.. CoBuildingUnits.Select(item => item?.ToDomain()!)],
        Synthetic = Synthetic,
    };
}
