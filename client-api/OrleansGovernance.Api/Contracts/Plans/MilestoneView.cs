using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// Milestone as the API shows it. <see cref="Done"/> is true when done or inspected (<see cref="State"/>);
/// <see cref="OverdueDays"/> counts the days past due while not done (超期 N 天), 0 otherwise.
/// </summary>
public sealed record MilestoneView(
    string Id,
    string Title,
    MilestoneKind Kind,
    DateOnly Due,
    int Weight,
    string Owner,
    bool Done,
    DateTimeOffset? DoneAt,
    IReadOnlyList<MilestoneTickView> History,
    string TitleZh,
    string OwnerZh,
    MilestoneState State,
    int OverdueDays)
{
    public static MilestoneView Of(Milestone source, DateOnly today) => new(
        source.Id,
        source.Title,
        source.Kind,
        source.Due,
        source.Weight,
        source.Owner,
        source.Done,
        source.DoneAt,
        source.History.Select(MilestoneTickView.Of).ToList(),
        source.TitleZh,
        source.OwnerZh,
        source.State,
        source.OverdueDays(today));
}
