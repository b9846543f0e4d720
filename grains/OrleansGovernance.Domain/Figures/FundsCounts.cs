using OrleansGovernance.Domain.Ledger;
using OrleansGovernance.Domain.Seals;

namespace OrleansGovernance.Domain.Figures;

/// <summary>Public revenue under bookkeeping and the assembly seal's use, summed over the compounds below a place.</summary>
[GenerateSerializer, Alias("governance.funds-counts")]
public sealed class FundsCounts
{
    [Id(0)] public int LedgerCompounds { get; set; }
    [Id(1)] public Money Revenue { get; set; } = Money.Zero;
    [Id(2)] public Money Expense { get; set; } = Money.Zero;
    [Id(3)] public int PendingApprovals { get; set; }
    [Id(4)] public int RefusedExpenses { get; set; }
    [Id(5)] public int SealCompounds { get; set; }
    [Id(6)] public int SealRequests { get; set; }
    [Id(7)] public int SealPending { get; set; }
    [Id(8)] public int SealRefused { get; set; }
    [Id(9)] public int SealUses { get; set; }

    /// <summary>A compound's own counts: its ledger only under bookkeeping, its seal register only under the dual-seal rule.</summary>
    public static FundsCounts Of(bool bookkeeping, LedgerFacts? ledger, bool dualSeal, SealFacts? seals)
    {
        var counts = new FundsCounts();
        if (bookkeeping && ledger is not null)
        {
            counts.LedgerCompounds = 1;
            counts.Revenue = ledger.Income;
            counts.Expense = ledger.Expense;
            counts.PendingApprovals = ledger.PendingApprovals;
            counts.RefusedExpenses = ledger.RefusedExpenses;
        }

        if (dualSeal && seals is not null)
        {
            counts.SealCompounds = 1;
            counts.SealRequests = seals.Requests;
            counts.SealPending = seals.Pending;
            counts.SealRefused = seals.Refused;
            counts.SealUses = seals.Uses;
        }

        return counts;
    }

    public void Add(FundsCounts o)
    {
        LedgerCompounds += o.LedgerCompounds;
        Revenue += o.Revenue;
        Expense += o.Expense;
        PendingApprovals += o.PendingApprovals;
        RefusedExpenses += o.RefusedExpenses;
        SealCompounds += o.SealCompounds;
        SealRequests += o.SealRequests;
        SealPending += o.SealPending;
        SealRefused += o.SealRefused;
        SealUses += o.SealUses;
    }
}
