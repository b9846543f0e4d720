using OrleansGovernance.Domain.Ledger;

namespace OrleansGovernance.Api.Contracts;

/// <summary>MonthlyStatement as the API shows it.</summary>
public sealed record MonthlyStatementView(
    string CompoundId,
    string Month,
    bool Published,
    Money Opening,
    Money Income,
    Money Expense,
    Money Closing,
    IReadOnlyDictionary<LedgerCategory, Money> ByCategory,
    IReadOnlyList<LedgerEntryView> Entries)
{
    public static MonthlyStatementView Of(MonthlyStatement source) => new(
        source.CompoundId,
        source.Month,
        source.Published,
        source.Opening,
        source.Income,
        source.Expense,
        source.Closing,
        source.ByCategory,
        source.Entries.Select(LedgerEntryView.Of).ToList());
}
