using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Api.Contracts;

public static class PlaceReports
{
    /// <summary>A place's figures as the summary contract (GET …/summary, the live feeds, the dashboard) shows them.</summary>
    public static PlaceSummary ToSummary(this PlaceReport report) =>
        PlaceSummary.From(report.Id, report.Name, report.NameZh, report.Kind.ToString().ToLowerInvariant(), report.Figures);
}
