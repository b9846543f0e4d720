using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a MilestoneDraft; titleZh and ownerZh give the Chinese texts.</summary>
public sealed record MilestoneRequest(
    string Id,
    string Title,
    MilestoneKind Kind,
    DateOnly Due,
    int Weight,
    string Owner,
    string? TitleZh = null,
    string? OwnerZh = null)
{
    public MilestoneDraft ToDomain() => new(
        Id,
        Title,
        Kind,
        Due,
        Weight,
        Owner,
        TitleZh,
        OwnerZh);
}
