namespace OrleansGovernance.Domain.Figures;

/// <summary>
/// Meetings, the three lists, ratings and surveys. Kept all-time and per calendar year, so the report's
/// 2023 figures (Ningbao: 6 joint meetings, 12 agreed matters, 23 settled requests) stay recoverable.
/// </summary>
[GenerateSerializer, Alias("governance.activity-counts")]
public sealed class ActivityCounts
{
    [Id(0)] public int Submitted { get; set; }
    [Id(1)] public int Settled { get; set; }
    [Id(2)] public int JointMeetings { get; set; }
    [Id(3)] public int CouncilMeetings { get; set; }
    [Id(4)] public int AgreedMatters { get; set; }
    [Id(5)] public int DemandsCollected { get; set; }
    [Id(6)] public int DemandsClaimed { get; set; }
    [Id(7)] public int ResourcesListed { get; set; }
    [Id(8)] public int SurveyRespondents { get; set; }
    [Id(9)] public int SurveySatisfied { get; set; }
    [Id(10)] public int MilestonesDone { get; set; }
    [Id(11)] public SatisfactionCounts Ratings { get; set; } = new();

    /// <summary>Council meetings by form and their matters by class, beside the totals above.</summary>
    [Id(12)] public CouncilCounts Council { get; set; } = new();

    /// <summary>Nothing counted: a year emptied by taking changes back is dropped, as one never counted.</summary>
    public bool IsEmpty =>
        Submitted == 0 && Settled == 0 && JointMeetings == 0 && CouncilMeetings == 0 && AgreedMatters == 0
        && DemandsCollected == 0 && DemandsClaimed == 0 && ResourcesListed == 0 && SurveyRespondents == 0
        && SurveySatisfied == 0 && MilestonesDone == 0 && Ratings.IsEmpty && Council.IsEmpty;

    public void Add(ActivityCounts o)
    {
        Submitted += o.Submitted;
        Settled += o.Settled;
        JointMeetings += o.JointMeetings;
        CouncilMeetings += o.CouncilMeetings;
        AgreedMatters += o.AgreedMatters;
        DemandsCollected += o.DemandsCollected;
        DemandsClaimed += o.DemandsClaimed;
        ResourcesListed += o.ResourcesListed;
        SurveyRespondents += o.SurveyRespondents;
        SurveySatisfied += o.SurveySatisfied;
        MilestonesDone += o.MilestonesDone;
        Ratings.Add(o.Ratings);
        Council.Add(o.Council);
    }
}
