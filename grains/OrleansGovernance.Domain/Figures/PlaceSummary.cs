namespace OrleansGovernance.Domain.Figures;

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
    long Version)
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
            new CoverageRates(
                Rate(o.CompoundBranches, o.Compounds),
                Rate(o.OwnersCommittees, o.Compounds),
                Rate(o.OwnersCommitteePartyMembers, o.OwnersCommitteeMembers),
                Rate(o.ManagerDeputySecretaries, o.CompoundBranches)),
            RequestSummary.From(f.Requests),
            SatisfactionSummary.From(f.Satisfaction),
            PlanSummary.From(f.Plans),
            FundsSummary.From(f.Funds),
            MeetingSummary.From(f.Activity),
            latestSurvey.Value is null ? null : SurveySummary.From(latestSurvey.Key, latestSurvey.Value),
            ThroughputSummary.From(f),
            f.Years.ToDictionary(y => y.Key, y => YearSummary.From(y.Key, y.Value)),
            f.AsOf,
            f.Version);
    }

    public static double? Rate(double part, double whole) => whole == 0 ? null : Math.Round(part / whole, 6);
}

public sealed record CoverageRates(
    double? BranchCoverage,
    double? CommitteeCoverage,
    double? CommitteePartyShare,
    double? ManagerDeputyShare);

public sealed record RequestSummary(
    int Submitted,
    int Open,
    int Acknowledged,
    int AcknowledgedWithinLimit,
    double? AcknowledgedWithinLimitRate,
    int Breached,
    int Claimed,
    int Settled,
    int Overdue,
    int Escalated,
    int Rejected,
    int Duplicates,
    int Reopened,
    double? MeanMinutesToAcknowledge,
    double? P90MinutesToAcknowledge,
    double? MeanHoursToSettle,
    double? P90HoursToSettle)
{
    public static RequestSummary From(RequestCounts r) => new(
        r.Submitted, r.Open, r.Acknowledged, r.AcknowledgedWithinLimit,
        PlaceSummary.Rate(r.AcknowledgedWithinLimit, r.AcknowledgedWithinLimit + r.Breached),
        r.Breached, r.Claimed, r.Settled, r.Overdue, r.Escalated, r.Rejected, r.Duplicates, r.Reopened,
        Mean(r.MinutesToAcknowledgeTotal, r.Acknowledged),
        r.MinutesToAcknowledge.Percentile(0.9, Histogram.MinuteEdges),
        Mean(r.HoursToSettleTotal, r.Settled),
        r.HoursToSettle.Percentile(0.9, Histogram.HourEdges));

    private static double? Mean(double total, int count) => count == 0 ? null : Math.Round(total / count, 3);
}

public sealed record SatisfactionSummary(int Rated, double? Rate, SatisfactionLevels Levels)
{
    public static SatisfactionSummary From(SatisfactionCounts s) => new(
        s.Rated,
        PlaceSummary.Rate(s.SatisfiedOrBetter, s.Rated),
        new SatisfactionLevels(s.VerySatisfied, s.Satisfied, s.BasicallySatisfied, s.Dissatisfied, s.VeryDissatisfied));
}

public sealed record SatisfactionLevels(
    int VerySatisfied,
    int Satisfied,
    int BasicallySatisfied,
    int Dissatisfied,
    int VeryDissatisfied);

public sealed record PlanSummary(int Plans, int Milestones, int Done, int Overdue, int AtRisk, double? Progress)
{
    public static PlanSummary From(PlanCounts p) =>
        new(p.Plans, p.Milestones, p.Done, p.Overdue, p.AtRisk, PlaceSummary.Rate(p.WeightDone, p.WeightTotal));
}

/// <summary>Public revenue of the compounds under bookkeeping (in yuan, two places) and the use of assembly seals.</summary>
public sealed record FundsSummary(
    int LedgerCompounds,
    decimal Revenue,
    decimal Expense,
    decimal Balance,
    int PendingApprovals,
    int RefusedExpenses,
    int SealCompounds,
    int SealRequests,
    int SealPending,
    int SealRefused,
    int SealUses)
{
    public static FundsSummary From(FundsCounts f) => new(
        f.LedgerCompounds, f.Revenue.Yuan, f.Expense.Yuan, (f.Revenue - f.Expense).Yuan, f.PendingApprovals, f.RefusedExpenses,
        f.SealCompounds, f.SealRequests, f.SealPending, f.SealRefused, f.SealUses);
}

public sealed record MeetingSummary(
    int Held,
    int JointMeetings,
    int CouncilMeetings,
    int AgreedMatters,
    int DemandsCollected,
    int DemandsClaimed,
    int ResourcesListed)
{
    public static MeetingSummary From(ActivityCounts a) => new(
        a.JointMeetings + a.CouncilMeetings, a.JointMeetings, a.CouncilMeetings, a.AgreedMatters,
        a.DemandsCollected, a.DemandsClaimed, a.ResourcesListed);
}

public sealed record SurveySummary(int Year, int Respondents, int Satisfied, double? Rate)
{
    public static SurveySummary From(int year, ActivityCounts a) =>
        new(year, a.SurveyRespondents, a.SurveySatisfied, PlaceSummary.Rate(a.SurveySatisfied, a.SurveyRespondents));
}

/// <summary>One calendar year of activity (China time).</summary>
public sealed record YearSummary(
    int Submitted,
    int Settled,
    int JointMeetings,
    int CouncilMeetings,
    int AgreedMatters,
    int DemandsCollected,
    int DemandsClaimed,
    int ResourcesListed,
    int MilestonesDone,
    SatisfactionSummary Satisfaction,
    SurveySummary? PropertySurvey)
{
    public static YearSummary From(int year, ActivityCounts a) => new(
        a.Submitted, a.Settled, a.JointMeetings, a.CouncilMeetings, a.AgreedMatters, a.DemandsCollected,
        a.DemandsClaimed, a.ResourcesListed, a.MilestonesDone, SatisfactionSummary.From(a.Ratings),
        a.SurveyRespondents == 0 ? null : SurveySummary.From(year, a));
}

public sealed record FlowPoint(DateTimeOffset Start, int Submitted, int Settled);

/// <summary>Submitted and settled per hour (48 h), day (30 days) and ISO week (26 weeks), oldest first, in China time.</summary>
public sealed record ThroughputSummary(
    IReadOnlyList<FlowPoint> Hourly,
    IReadOnlyList<FlowPoint> Daily,
    IReadOnlyList<FlowPoint> Weekly)
{
    public static ThroughputSummary From(PlaceFigures f)
    {
        var windows = new FiguresCalculator.Windows(f.AsOf);
        return new(
            Points(f.Hourly, windows.HourlyFrom, FiguresCalculator.HourlyBuckets, TimeSpan.FromHours(1)),
            Points(f.Daily, windows.DailyFrom, FiguresCalculator.DailyBuckets, TimeSpan.FromDays(1)),
            Points(f.Weekly, windows.WeeklyFrom, FiguresCalculator.WeeklyBuckets, TimeSpan.FromDays(7)));
    }

    private static FlowPoint[] Points(FlowSeries series, DateTimeOffset from, int count, TimeSpan step) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var start = from + (step * i);
            var bucket = series.At(start.ToUnixTimeSeconds());
            return new FlowPoint(start, bucket.Submitted, bucket.Settled);
        })];
}
