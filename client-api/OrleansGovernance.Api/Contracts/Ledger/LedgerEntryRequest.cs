using OrleansGovernance.Domain.Ledger;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a LedgerEntryDraft.</summary>
public sealed record LedgerEntryRequest(
    EntryKind Kind,
    LedgerCategory Category,
    DateOnly Date,
    decimal Amount,
    string Counterparty,
    string Evidence,
    string? Note = null)
{
    public LedgerEntryDraft ToDomain() => new(
        Kind,
        Category,
        Date,
        Amount,
        Counterparty,
        Evidence,
        Note);
}
