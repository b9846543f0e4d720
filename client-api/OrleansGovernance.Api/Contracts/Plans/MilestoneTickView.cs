using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// One step of a milestone as the API shows it: <see cref="Done"/> says whether the milestone counted as done after it
/// (a tick or an untick, as before steps had names); <see cref="Evidence"/> lists the files attached, each readable at
/// /api/v1/plans/{planId}/evidence/{id}.
/// </summary>
public sealed record MilestoneTickView(
    bool Done,
    string By,
    DateTimeOffset At,
    string? Note,
    MilestoneStep Step,
    MilestoneState State,
    string? ByName,
    IReadOnlyList<EvidenceView> Evidence)
{
    public static MilestoneTickView Of(MilestoneTick source) => new(
        source.Done,
        source.By,
        source.At,
        source.Note,
        source.Step,
        source.State,
        source.ByName,
        [.. (source.Evidence ?? []).Select(EvidenceView.Of)]);
}

/// <summary>A file attached to a milestone's step.</summary>
public sealed record EvidenceView(string Id, string FileName, string ContentType, long Size)
{
    public static EvidenceView Of(EvidenceRef source) => new(source.Id, source.FileName, source.ContentType, source.Size);
}
