using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a AgreedMatter.</summary>
public sealed record AgreedMatterRequest(
    string Title,
    string Outcome,
    IReadOnlyList<string> SettlesTickets)
{
    public AgreedMatter ToDomain() => new(
        Title,
        Outcome,
        [.. SettlesTickets]);
}
