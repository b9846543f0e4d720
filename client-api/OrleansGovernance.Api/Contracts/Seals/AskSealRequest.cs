using OrleansGovernance.Domain.Seals;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a SealRequestDraft.</summary>
public sealed record AskSealRequest(
    string Document,
    string Purpose)
{
    public SealRequestDraft ToDomain() => new(
        Document,
        Purpose);
}
