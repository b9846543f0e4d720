using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Contracts;

public sealed record CreatePlanRequest(
    string Slug,
    string Title,
    IReadOnlyList<string> Parties,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    IReadOnlyList<MilestoneRequest> Milestones)
{
    public PlanDraft ToDraft(string compoundId) =>
        new(compoundId, Title, Parties, PeriodStart, PeriodEnd, [.. Milestones.Select(milestone => milestone?.ToDomain()!)]);
}
