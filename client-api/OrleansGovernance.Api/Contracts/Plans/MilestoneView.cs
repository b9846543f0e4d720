using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Contracts;

/// <summary>Milestone as the API shows it.</summary>
public sealed record MilestoneView(
    string Id,
    string Title,
    MilestoneKind Kind,
    DateOnly Due,
    int Weight,
    string Owner,
    bool Done,
    DateTimeOffset? DoneAt,
    IReadOnlyList<MilestoneTickView> History)
{
    public static MilestoneView Of(Milestone source) => new(
        source.Id,
        source.Title,
        source.Kind,
        source.Due,
        source.Weight,
        source.Owner,
        source.Done,
        source.DoneAt,
        source.History.Select(MilestoneTickView.Of).ToList());
}
