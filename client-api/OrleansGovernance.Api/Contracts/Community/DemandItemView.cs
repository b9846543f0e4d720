using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>DemandItem as the API shows it.</summary>
public sealed record DemandItemView(
    string Id,
    string Title,
    DemandChannel Source,
    string Quarter,
    string? CompoundId,
    DateTimeOffset CollectedAt,
    bool Synthetic)
{
    public static DemandItemView Of(DemandItem source) => new(
        source.Id,
        source.Title,
        source.Source,
        source.Quarter,
        source.CompoundId,
        source.CollectedAt,
        source.Synthetic);
}
