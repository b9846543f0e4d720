using System.Globalization;

namespace OrleansGovernance.Domain.Ledger;

/// <summary>Posted income and expense of one year ("2025") or month ("2025-03"), and the balance at its end.</summary>
public sealed record PeriodBalance(string Period, Money Income, Money Expense, Money Net, Money Closing);

/// <summary>Balances per year and per month, from the posted entries by their dates (China calendar).</summary>
public static class LedgerPeriods
{
    public static IReadOnlyList<PeriodBalance> Years(Ledger ledger) => Years(ledger.Posted);

    public static IReadOnlyList<PeriodBalance> Months(Ledger ledger) => Months(ledger.Posted);

    /// <summary>Per year, over the posted entries given (those a reader may see).</summary>
    public static IReadOnlyList<PeriodBalance> Years(IEnumerable<LedgerEntry> posted) =>
        Periods(posted, e => e.Date.Year.ToString(CultureInfo.InvariantCulture));

    public static IReadOnlyList<PeriodBalance> Months(IEnumerable<LedgerEntry> posted) =>
        Periods(posted, e => MonthKey(e.Date.Year, e.Date.Month));

    public static string MonthKey(int year, int month) => $"{year:D4}-{month:D2}";

    private static PeriodBalance[] Periods(IEnumerable<LedgerEntry> posted, Func<LedgerEntry, string> periodOf)
    {
        var closing = Money.Zero;
        var periods = new List<PeriodBalance>();
        foreach (var group in posted.Where(e => e.IsPosted).GroupBy(periodOf).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var income = Ledger.Total(group, EntryKind.Income);
            var expense = Ledger.Total(group, EntryKind.Expense);
            closing += income - expense;
            periods.Add(new PeriodBalance(group.Key, income, expense, income - expense, closing));
        }

        return [.. periods];
    }
}
