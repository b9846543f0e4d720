using OrleansGovernance.Domain.Ledger;

namespace OrleansGovernance.Api.Contracts;

/// <summary>LedgerEntry as the API shows it.</summary>
public sealed record LedgerEntryView(
    int Number,
    EntryKind Kind,
    LedgerCategory Category,
    DateOnly Date,
    Money Amount,
    string Counterparty,
    string Evidence,
    string? Note,
    EntryStatus Status,
    int? Reverses,
    int? ReversedBy,
    IReadOnlyList<ApprovalView> Approvals,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    DateTimeOffset? PostedAt,
    bool IsPosted)
{
    public static LedgerEntryView Of(LedgerEntry source) => new(
        source.Number,
        source.Kind,
        source.Category,
        source.Date,
        source.Amount,
        source.Counterparty,
        source.Evidence,
        source.Note,
        source.Status,
        source.Reverses,
        source.ReversedBy,
        source.Approvals.Select(ApprovalView.Of).ToList(),
        source.RecordedBy,
        source.RecordedAt,
        source.PostedAt,
        source.IsPosted);
}
