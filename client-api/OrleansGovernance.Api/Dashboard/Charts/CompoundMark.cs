using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Dashboard.Charts;

/// <summary>One compound as the map draws it: where it is (its location, else its outline's centre) and the figures it can be coloured by.</summary>
public sealed record CompoundMark(
    string Id,
    string Name,
    string NameZh,
    GeoPoint? Point,
    CompoundBoundary? Boundary,
    RequestSummary Requests,
    SatisfactionSummary Satisfaction)
{
    public static CompoundMark Of(CompoundProfile profile, PlaceReport report) => new(
        profile.Id,
        profile.Name,
        profile.NameZh,
        profile.Location ?? profile.Boundary?.Centroid(),
        profile.Boundary,
        RequestSummary.From(report.Figures.Requests),
        SatisfactionSummary.From(report.Figures.Satisfaction));
}
