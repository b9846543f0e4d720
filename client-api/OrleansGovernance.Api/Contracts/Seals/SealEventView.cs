using OrleansGovernance.Domain.Seals;

namespace OrleansGovernance.Api.Contracts;

/// <summary>SealEvent as the API shows it.</summary>
public sealed record SealEventView(
    SealAction Action,
    string By,
    DateTimeOffset At,
    string? Note)
{
    public static SealEventView Of(SealEvent source) => new(
        source.Action,
        source.By,
        source.At,
        source.Note);
}
