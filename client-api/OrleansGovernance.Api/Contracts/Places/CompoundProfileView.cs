using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>CompoundProfile as the API shows it.</summary>
public sealed record CompoundProfileView(
    string Id,
    string Name,
    string NameZh,
    string CommunityId,
    int Households,
    GeoPointView? Location,
    IReadOnlyList<GeoPointView>? Boundary,
    OwnersCommitteeView? OwnersCommittee,
    PropertyServiceView? PropertyService,
    bool DualSeal,
    bool Bookkeeping,
    IReadOnlyList<string> Plans,
    IReadOnlyList<PropertySurveyView> Surveys,
    bool Synthetic)
{
    public static CompoundProfileView Of(CompoundProfile source) => new(
        source.Id,
        source.Name,
        source.NameZh,
        source.CommunityId,
        source.Households,
        source.Location is null ? null : GeoPointView.Of(source.Location),
        source.Boundary?.Ring.Select(GeoPointView.Of).ToList(),
        source.OwnersCommittee is null ? null : OwnersCommitteeView.Of(source.OwnersCommittee),
        source.PropertyService is null ? null : PropertyServiceView.Of(source.PropertyService),
        source.DualSeal,
        source.Bookkeeping,
        source.Plans,
        source.Surveys.Select(PropertySurveyView.Of).ToList(),
        source.Synthetic);
}
