using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a plan; titleZh and partiesZh (one for each party, in order) give the Chinese texts.</summary>
public sealed record CreatePlanRequest(
    string Slug,
    string Title,
    IReadOnlyList<string> Parties,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    IReadOnlyList<MilestoneRequest> Milestones,
    string? TitleZh = null,
    IReadOnlyList<string>? PartiesZh = null)
{
    public PlanDraft ToDraft(string compoundId) =>
        new(compoundId, Title, Parties, PeriodStart, PeriodEnd, [.. Milestones.Select(milestone => milestone?.ToDomain()!)], TitleZh: TitleZh, PartiesZh: PartiesZh);
}
