using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>AgreedMatter as the API shows it.</summary>
public sealed record AgreedMatterView(
    string Title,
    string Outcome,
    IReadOnlyList<string> SettlesTickets)
{
    public static AgreedMatterView Of(AgreedMatter source) => new(
        source.Title,
        source.Outcome,
        source.SettlesTickets);
}
