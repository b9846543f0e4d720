using System.Globalization;
using OrleansGovernance.Domain.Ledger;

namespace OrleansGovernance.Api.Dashboard.Charts;

/// <summary>
/// A ledger's months as a line reads them: one point per calendar month from the first to the last, a month with no
/// posted entry carrying the balance over (the ledger's own periods skip such months, which would bend the line).
/// </summary>
public static class BalanceMonths
{
    public static IReadOnlyList<PeriodBalance> Continuous(IReadOnlyList<PeriodBalance> months)
    {
        if (months.Count == 0)
        {
            return [];
        }

        var byPeriod = months.ToDictionary(m => m.Period, StringComparer.Ordinal);
        var line = new List<PeriodBalance>();
        var closing = Money.Zero;
        for (var month = Start(months[0].Period); string.CompareOrdinal(Key(month), months[^1].Period) <= 0; month = month.AddMonths(1))
        {
            var period = byPeriod.GetValueOrDefault(Key(month)) ?? new PeriodBalance(Key(month), Money.Zero, Money.Zero, Money.Zero, closing);
            closing = period.Closing;
            line.Add(period);
        }

        return line;
    }

    private static DateOnly Start(string period) => DateOnly.ParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Key(DateOnly month) => LedgerPeriods.MonthKey(month.Year, month.Month);
}
