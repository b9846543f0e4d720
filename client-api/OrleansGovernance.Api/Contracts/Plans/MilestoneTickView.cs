using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Contracts;

/// <summary>MilestoneTick as the API shows it.</summary>
public sealed record MilestoneTickView(
    bool Done,
    string By,
    DateTimeOffset At,
    string? Note)
{
    public static MilestoneTickView Of(MilestoneTick source) => new(
        source.Done,
        source.By,
        source.At,
        source.Note);
}
