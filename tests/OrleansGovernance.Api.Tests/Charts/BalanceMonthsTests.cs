using OrleansGovernance.Api.Dashboard.Charts;
using OrleansGovernance.Domain.Ledger;

namespace OrleansGovernance.Api.Tests.Charts;

public sealed class BalanceMonthsTests
{
    [Fact]
    public void A_month_without_posted_entries_is_drawn_at_the_balance_carried_over_so_the_line_keeps_calendar_time()
    {
        PeriodBalance[] months =
        [
            new("2025-11", Yuan(500), Yuan(100), Yuan(400), Yuan(400)),
            new("2026-02", Yuan(50), Yuan(0), Yuan(50), Yuan(450)),
        ];

        var line = BalanceMonths.Continuous(months);

        Assert.Equal(["2025-11", "2025-12", "2026-01", "2026-02"], line.Select(m => m.Period));
        Assert.Equal([400m, 400m, 400m, 450m], line.Select(m => m.Closing.Yuan));
        Assert.Equal(0m, line[1].Income.Yuan);
        Assert.Equal(0m, line[2].Expense.Yuan);
    }

    [Fact]
    public void A_ledger_with_no_posted_month_draws_nothing()
    {
        Assert.Empty(BalanceMonths.Continuous([]));
    }

    private static Money Yuan(decimal yuan) => new(yuan);
}
