namespace OrleansGovernance.Domain.Ledger;

/// <summary>
/// The statement the owners read (公示): a month's posted entries with the balance before and after, and totals per
/// category. A month's statement is published once the month has ended (China time).
/// </summary>
public sealed record MonthlyStatement(
    string CompoundId,
    string Month,
    bool Published,
    Money Opening,
    Money Income,
    Money Expense,
    Money Closing,
    IReadOnlyDictionary<LedgerCategory, Money> ByCategory,
    IReadOnlyList<LedgerEntry> Entries)
{
    public static MonthlyStatement Of(Ledger ledger, int year, int month, DateTimeOffset now)
    {
        if (year < Require.EarliestDate.Year || year > Require.LatestDate.Year || month is < 1 or > 12)
        {
            throw DomainRuleException.Invalid($"month {year:D4}-{month:D2} is not a month of {Require.EarliestDate.Year} to {Require.LatestDate.Year}.");
        }

        var start = new DateOnly(year, month, 1);
        var end = start.AddMonths(1);
        var posted = ledger.Posted.ToList();
        var before = posted.Where(e => e.Date < start).ToList();
        var entries = posted.Where(e => e.Date >= start && e.Date < end).OrderBy(e => e.Date).ThenBy(e => e.Number).ToList();
        var opening = Ledger.Total(before, EntryKind.Income) - Ledger.Total(before, EntryKind.Expense);
        var income = Ledger.Total(entries, EntryKind.Income);
        var expense = Ledger.Total(entries, EntryKind.Expense);
        return new MonthlyStatement(
            ledger.CompoundId,
            LedgerPeriods.MonthKey(year, month),
            end <= ChinaTime.Date(now),
            opening,
            income,
            expense,
            opening + income - expense,
            entries.GroupBy(e => e.Category).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => Money.Sum(g.Select(e => e.Amount))),
            entries);
    }
}
