using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a DemandDraft.</summary>
public sealed record DemandRequest(
    string Title,
    DemandChannel Source,
    string? CompoundId = null,
    bool Synthetic = false)
{
    public DemandDraft ToDomain() => new(
        Title,
        Source,
        CompoundId,
        Synthetic);
}
