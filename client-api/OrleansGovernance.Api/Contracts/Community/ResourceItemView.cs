using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>ResourceItem as the API shows it.</summary>
public sealed record ResourceItemView(
    string Id,
    string Title,
    string OfferedBy,
    DateTimeOffset ListedAt,
    bool Synthetic)
{
    public static ResourceItemView Of(ResourceItem source) => new(
        source.Id,
        source.Title,
        source.OfferedBy,
        source.ListedAt,
        source.Synthetic);
}
