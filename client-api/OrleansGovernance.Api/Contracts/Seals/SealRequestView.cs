using OrleansGovernance.Domain.Seals;

namespace OrleansGovernance.Api.Contracts;

/// <summary>SealRequest as the API shows it.</summary>
public sealed record SealRequestView(
    int Number,
    string Document,
    string Purpose,
    SealRequestStatus Status,
    IReadOnlyList<SealEventView> Log)
{
    public static SealRequestView Of(SealRequest source) => new(
        source.Number,
        source.Document,
        source.Purpose,
        source.Status,
        source.Log.Select(SealEventView.Of).ToList());
}
