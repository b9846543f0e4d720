using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

/// <summary>Public revenue of the compounds under bookkeeping (in yuan, two places) and the use of assembly seals.</summary>
public sealed record FundsSummary(
    int LedgerCompounds,
    decimal Revenue,
    decimal Expense,
    decimal Balance,
    int PendingApprovals,
    int RefusedExpenses,
    int SealCompounds,
    int SealRequests,
    int SealPending,
    int SealRefused,
    int SealUses)
{
    public static FundsSummary From(FundsCounts f) => new(
        f.LedgerCompounds, f.Revenue.Yuan, f.Expense.Yuan, (f.Revenue - f.Expense).Yuan, f.PendingApprovals, f.RefusedExpenses,
        f.SealCompounds, f.SealRequests, f.SealPending, f.SealRefused, f.SealUses);
}
