using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a MilestoneDraft.</summary>
public sealed record MilestoneRequest(
    string Id,
    string Title,
    MilestoneKind Kind,
    DateOnly Due,
    int Weight,
    string Owner)
{
    public MilestoneDraft ToDomain() => new(
        Id,
        Title,
        Kind,
        Due,
        Weight,
        Owner);
}
