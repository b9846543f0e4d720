using OrleansGovernance.Domain.Seals;

namespace OrleansGovernance.Api.Contracts;

/// <summary>SealFacts as the API shows it.</summary>
public sealed record SealFactsView(
    string CompoundId,
    int Version,
    int Requests,
    int Pending,
    int Refused,
    int Uses)
{
    public static SealFactsView Of(SealFacts source) => new(
        source.CompoundId,
        source.Version,
        source.Requests,
        source.Pending,
        source.Refused,
        source.Uses);
}
