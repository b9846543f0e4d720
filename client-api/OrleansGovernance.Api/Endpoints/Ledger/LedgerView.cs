using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Ledger;

namespace OrleansGovernance.Api.Endpoints.Ledger;

/// <summary>A ledger as one caller may see it (see <see cref="LedgerSight"/>); totals are over the posted entries shown.</summary>
public sealed record LedgerView(
    string CompoundId,
    LedgerSight Sight,
    Money ApprovalThreshold,
    Money Income,
    Money Expense,
    Money Balance,
    int? PendingApprovals,
    IReadOnlyList<LedgerEntryView> Entries)
{
    public static LedgerView Of(Domain.Ledger.Ledger ledger, LedgerSight sight, DateTimeOffset now)
    {
        var entries = Visible(ledger, sight, now).ToList();
        var posted = entries.Where(e => e.IsPosted).ToList();
        var income = Money.Sum(posted.Where(e => e.Kind == EntryKind.Income).Select(e => e.Amount));
        var expense = Money.Sum(posted.Where(e => e.Kind == EntryKind.Expense).Select(e => e.Amount));
        return new LedgerView(
            ledger.CompoundId, sight, ledger.ApprovalThreshold, income, expense, income - expense,
            sight == LedgerSight.Full ? ledger.Facts.PendingApprovals : null,
            [.. entries.Select(LedgerEntryView.Of)]);
    }

    public static IEnumerable<LedgerEntry> Visible(Domain.Ledger.Ledger ledger, LedgerSight sight, DateTimeOffset now)
    {
        var today = ChinaTime.Date(now);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        return sight switch
        {
            LedgerSight.Full => ledger.Entries,
            LedgerSight.Posted => ledger.Posted,
            _ => ledger.Posted.Where(e => e.Date < thisMonth),
        };
    }
}
