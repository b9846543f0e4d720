using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

public sealed record MeetingSummary(
    int Held,
    int JointMeetings,
    int CouncilMeetings,
    int AgreedMatters,
    int DemandsCollected,
    int DemandsClaimed,
    int ResourcesListed,
    CouncilSummary Council)
{
    public static MeetingSummary From(ActivityCounts a) => new(
        a.JointMeetings + a.CouncilMeetings, a.JointMeetings, a.CouncilMeetings, a.AgreedMatters,
        a.DemandsCollected, a.DemandsClaimed, a.ResourcesListed, CouncilSummary.From(a.Council));
}
