using System.ComponentModel;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that defines a CompoundProfile.</summary>
public sealed class CompoundProfileRequest
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string NameZh { get; init; } = "";

    public string CommunityId { get; init; } = "";

    public int Households { get; init; }

    public GeoPointRequest? Location { get; init; }

    [Description("The compound's outline (小区边界): one closed ring of 4 to 500 points shaped like location, the first repeated last; null when not surveyed.")]
    public IReadOnlyList<GeoPointRequest>? Boundary { get; init; }

    public OwnersCommitteeRequest? OwnersCommittee { get; init; }

    public PropertyServiceRequest? PropertyService { get; init; }

    public bool DualSeal { get; init; }

    public bool Bookkeeping { get; init; }

    public IReadOnlyList<string> Plans { get; init; } = [];

    public IReadOnlyList<PropertySurveyRequest> Surveys { get; init; } = [];

    public bool Synthetic { get; init; }

    public CompoundProfile ToDomain() => new()
    {
        Id = Id,
        Name = Name,
        NameZh = NameZh,
        CommunityId = CommunityId,
        Households = Households,
        Location = Location?.ToDomain(),
        Boundary = Boundary is null ? null : new CompoundBoundary([.. Boundary.Select(point => point?.ToDomain()!)]),
        OwnersCommittee = OwnersCommittee?.ToDomain(),
        PropertyService = PropertyService?.ToDomain(),
        DualSeal = DualSeal,
        Bookkeeping = Bookkeeping,
        Plans = [.. Plans],
        Surveys = [.. Surveys.Select(item => item?.ToDomain()!)],
        Synthetic = Synthetic,
    };
}
