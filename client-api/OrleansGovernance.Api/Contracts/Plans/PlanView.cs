using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Contracts;

/// <summary>Plan as the API shows it; the *Zh members are the Chinese texts (empty when the plan has none).</summary>
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
    double Progress,
    string TitleZh,
    IReadOnlyList<string> PartiesZh)
{
    /// <summary>The plan as it stands on <paramref name="today"/> (China's date), which says how late its milestones are.</summary>
    public static PlanView Of(Plan source, DateOnly today) => new(
        source.Id,
        source.CompoundId,
        source.Title,
        source.Parties,
        source.PeriodStart,
        source.PeriodEnd,
        source.Milestones.Select(m => MilestoneView.Of(m, today)).ToList(),
        source.Version,
        source.Synthetic,
        source.Progress,
        source.TitleZh,
        source.PartiesZh);
}
