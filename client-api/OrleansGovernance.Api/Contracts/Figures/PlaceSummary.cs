using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// The figures of one place as dashboards read them (GET …/summary). Organisation figures sit at the top level
/// under the names of the foundation contract; rates are fractions from 0 to 1, null where nothing is counted yet.
/// </summary>
public sealed record PlaceSummary(
    string Id,
    string Name,
    string NameZh,
    string Kind,
    int Communities,
    int Compounds,
    int CompoundBranches,
    int AssignedCadres,
    int SecretariesInService,
    int SecretariesRetired,
    int VanguardTeams,
    int OwnersCommittees,
    int OwnersCommitteeMembers,
    int OwnersCommitteePartyMembers,
    int DualSealCompounds,
    int BookkeepingCompounds,
    int PartyInstructors,
    int PropertyCompanies,
    int ManagerDeputySecretaries,
    CoverageRates Coverage,
    RequestSummary Requests,
    SatisfactionSummary Satisfaction,
    PlanSummary Plans,
    FundsSummary Funds,
    MeetingSummary Meetings,
    SurveySummary? PropertySurvey,
    ThroughputSummary Throughput,
    IReadOnlyDictionary<int, YearSummary> Years,
    DateTimeOffset AsOf,
    long Version,
    IReadOnlyDictionary<int, MonthSummary> Months,
    IReadOnlyDictionary<int, VisitMonthSummary> Visits,
    VisitCadenceSummary Cadence,
    FourAimsSummary FourAims,
    PartySummary Party,
    ServiceDaySummary ServiceDays,
    DeliverySummary Deliveries)
{
    public static PlaceSummary From(string id, string name, string nameZh, string kind, PlaceFigures f)
    {
        var o = f.Organisation;
        var latestSurvey = f.Years.LastOrDefault(y => y.Value.SurveyRespondents > 0);
        return new PlaceSummary(
            id, name, nameZh, kind,
            o.Communities, o.Compounds, o.CompoundBranches, o.AssignedCadres, o.SecretariesInService,
            o.SecretariesRetired, o.VanguardTeams, o.OwnersCommittees, o.OwnersCommitteeMembers,
            o.OwnersCommitteePartyMembers, o.DualSealCompounds, o.BookkeepingCompounds, o.PartyInstructors.Length,
            o.PropertyCompanies.Length, o.ManagerDeputySecretaries,
            new CoverageRates(o.BranchCoverage, o.CommitteeCoverage, o.CommitteePartyShare, o.ManagerDeputyShare),
            RequestSummary.From(f.Requests),
            SatisfactionSummary.From(f.Satisfaction),
            PlanSummary.From(f.Plans),
            FundsSummary.From(f.Funds),
            MeetingSummary.From(f.Activity),
            latestSurvey.Value is null ? null : SurveySummary.From(latestSurvey.Key, latestSurvey.Value),
            ThroughputSummary.From(f),
            f.Years.ToDictionary(y => y.Key, y => YearSummary.From(y.Key, y.Value)),
            f.AsOf,
            f.Version,
            f.Months.ToDictionary(m => m.Key, m => MonthSummary.From(m.Value)),
            f.Visits.ToDictionary(m => m.Key, m => VisitMonthSummary.From(m.Value)),
            VisitCadenceSummary.From(f.Cadence),
            FourAimsSummary.From(f),
            PartySummary.From(f),
            ServiceDaySummary.From(f.ServiceDays),
            DeliverySummary.From(f.Deliveries));
    }
}
