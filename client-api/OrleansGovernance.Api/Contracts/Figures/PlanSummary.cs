using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

public sealed record PlanSummary(int Plans, int Milestones, int Done, int Overdue, int AtRisk, double? Progress)
{
    public static PlanSummary From(PlanCounts p) =>
        new(p.Plans, p.Milestones, p.Done, p.Overdue, p.AtRisk, p.Progress);
}
