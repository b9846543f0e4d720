using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>RegionProfile as the API shows it.</summary>
public sealed record RegionProfileView(
    string Id,
    string Name,
    string NameZh,
    RegionLevel Level,
    string? ParentId,
    IReadOnlyList<string> Children,
    IReadOnlyList<PartyInstructorView> PartyInstructors,
    RegionLevel? ChildRegionLevel)
{
    public static RegionProfileView Of(RegionProfile source) => new(
        source.Id,
        source.Name,
        source.NameZh,
        source.Level,
        source.ParentId,
        source.Children,
        source.PartyInstructors.Select(PartyInstructorView.Of).ToList(),
        source.ChildRegionLevel);
}
