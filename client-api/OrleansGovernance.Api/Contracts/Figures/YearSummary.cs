using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

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
    SurveySummary? PropertySurvey,
    CouncilSummary Council)
{
    public static YearSummary From(int year, ActivityCounts a) => new(
        a.Submitted, a.Settled, a.JointMeetings, a.CouncilMeetings, a.AgreedMatters, a.DemandsCollected,
        a.DemandsClaimed, a.ResourcesListed, a.MilestonesDone, SatisfactionSummary.From(a.Ratings),
        a.SurveyRespondents == 0 ? null : SurveySummary.From(year, a), CouncilSummary.From(a.Council));
}
