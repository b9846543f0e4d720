using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Contracts;

/// <summary>Plan as the API shows it.</summary>
public sealed record PlanView(
    string Id,
    string CompoundId,
    string Title,
    IReadOnlyList<string> Parties,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    IReadOnlyList<MilestoneView> Milestones,
    int Version,
    bool Synthetic,
    double Progress)
{
    public static PlanView Of(Plan source) => new(
        source.Id,
        source.CompoundId,
        source.Title,
        source.Parties,
        source.PeriodStart,
        source.PeriodEnd,
        source.Milestones.Select(MilestoneView.Of).ToList(),
        source.Version,
        source.Synthetic,
        source.Progress);
}
