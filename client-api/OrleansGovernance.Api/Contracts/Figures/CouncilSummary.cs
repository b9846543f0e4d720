using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// Council meetings by form (季度会议, 专题会议, 座谈会), agreed matters by class (大事共议, 要事共决, 急事共商), and
/// the quarterly rule: of the ended quarters since a council's first meeting, those without a quarterly meeting
/// are missed. The unrecorded counts are meetings and matters kept from before forms and classes were recorded.
/// </summary>
public sealed record CouncilSummary(
    int Quarterly,
    int SpecialTopic,
    int Forum,
    int FormUnrecorded,
    int BigMatters,
    int ImportantMatters,
    int UrgentMatters,
    int ClassUnrecorded,
    int QuartersJudged,
    int QuartersMissed)
{
    public static CouncilSummary From(CouncilCounts c) => new(
        c.Quarterly, c.SpecialTopic, c.Forum, c.FormUnrecorded, c.BigMatters, c.ImportantMatters, c.UrgentMatters,
        c.ClassUnrecorded, c.QuartersJudged, c.QuartersMissed);
}
