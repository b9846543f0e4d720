using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a ResourceDraft.</summary>
public sealed record ResourceRequest(
    string Title,
    string OfferedBy,
    bool Synthetic = false)
{
    public ResourceDraft ToDomain() => new(
        Title,
        OfferedBy,
        Synthetic);
}
