using OrleansGovernance.Domain.Ledger;
using static OrleansGovernance.Domain.Tests.Ledger.LedgerData;

namespace OrleansGovernance.Domain.Tests.Ledger;

public sealed class LedgerTests
{
    private readonly OrleansGovernance.Domain.Ledger.Ledger _ledger = NewLedger();

    [Fact]
    public void Income_and_an_expense_up_to_the_threshold_post_at_once()
    {
        var income = _ledger.Record(Income(12_000m), By(Bookkeeper));
        var expense = _ledger.Record(Expense(5_000m), By(Bookkeeper));

        Assert.Equal([EntryStatus.Posted, EntryStatus.Posted], [income.Status, expense.Status]);
        Assert.Equal([1, 2], [income.Number, expense.Number]);
        Assert.Equal("7000.00", _ledger.Balance.ToString());
        Assert.Equal(2, _ledger.Version);
    }

    [Fact]
    public void An_expense_above_the_threshold_waits_for_both_approvals_before_it_reaches_the_balance()
    {
        _ledger.Record(Income(20_000m), By(Bookkeeper));
        var expense = _ledger.Record(Expense(8_000.50m), By(Bookkeeper, minute: 1));
        Assert.Equal(EntryStatus.Pending, expense.Status);
        Assert.Equal("20000.00", _ledger.Balance.ToString());

        _ledger.Approve(expense.Number, ApprovingParty.OwnersCommittee, By(Chair, minute: 2));
        Assert.Equal(EntryStatus.Pending, expense.Status);
        Assert.Equal("20000.00", _ledger.Balance.ToString());

        _ledger.Approve(expense.Number, ApprovingParty.Community, By(CommunityStaff, "within the repair budget", minute: 3));
        Assert.Equal(EntryStatus.Posted, expense.Status);
        Assert.Equal(TestData.T0.AddMinutes(3), expense.PostedAt);
        Assert.Equal("11999.50", _ledger.Balance.ToString());
        Assert.Equal([ApprovingParty.OwnersCommittee, ApprovingParty.Community], expense.Approvals.Select(a => a.Party));
    }

    [Fact]
    public void A_refusal_by_either_party_keeps_the_expense_out_of_the_balance_for_good()
    {
        var expense = _ledger.Record(Expense(9_000m), By(Bookkeeper));
        _ledger.Approve(expense.Number, ApprovingParty.Community, By(CommunityStaff, minute: 1));

        _ledger.Refuse(expense.Number, ApprovingParty.OwnersCommittee, By(Chair, "quote too high", minute: 2));

        Assert.Equal(EntryStatus.Refused, expense.Status);
        Assert.Equal(Money.Zero, _ledger.Balance);
        var again = Assert.Throws<DomainRuleException>(() => _ledger.Approve(expense.Number, ApprovingParty.OwnersCommittee, By(Chair, minute: 3)));
        Assert.Equal(RuleViolation.InvalidTransition, again.Violation);
    }

    [Fact]
    public void One_party_cannot_approve_twice_and_a_posted_entry_is_not_approved()
    {
        var expense = _ledger.Record(Expense(9_000m), By(Bookkeeper));
        _ledger.Approve(expense.Number, ApprovingParty.OwnersCommittee, By(Chair));
        var income = _ledger.Record(Income(10m), By(Bookkeeper));

        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<DomainRuleException>(() => _ledger.Approve(expense.Number, ApprovingParty.OwnersCommittee, By(Chair))).Violation);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<DomainRuleException>(() => _ledger.Approve(income.Number, ApprovingParty.Community, By(CommunityStaff))).Violation);
        Assert.Equal(EntryStatus.Pending, expense.Status);
    }

    [Fact]
    public void A_reversal_posts_the_opposite_amount_on_its_own_date_naming_the_original_once()
    {
        var income = _ledger.Record(Income(300m), By(Bookkeeper));

        var reversal = _ledger.Reverse(income.Number, By(Bookkeeper, "recorded twice", minute: 60 * 24 * 3));

        Assert.Equal("-300.00", reversal.Amount.ToString());
        Assert.Equal(EntryKind.Income, reversal.Kind);
        Assert.Equal(income.Number, reversal.Reverses);
        Assert.Equal(reversal.Number, income.ReversedBy);
        Assert.Equal(new DateOnly(2023, 6, 4), reversal.Date);
        Assert.Equal(Money.Zero, _ledger.Balance);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<DomainRuleException>(() => _ledger.Reverse(income.Number, By(Bookkeeper, "again"))).Violation);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<DomainRuleException>(() => _ledger.Reverse(reversal.Number, By(Bookkeeper, "undo"))).Violation);
    }

    [Fact]
    public void Pending_and_refused_entries_are_not_reversed_and_a_reversal_needs_a_reason()
    {
        var pending = _ledger.Record(Expense(6_000m), By(Bookkeeper));
        var posted = _ledger.Record(Income(10m), By(Bookkeeper));

        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<DomainRuleException>(() => _ledger.Reverse(pending.Number, By(Bookkeeper, "wrong"))).Violation);
        Assert.Equal(RuleViolation.InvalidInput, Assert.Throws<DomainRuleException>(() => _ledger.Reverse(posted.Number, By(Bookkeeper))).Violation);
        Assert.Equal(RuleViolation.NotFound, Assert.Throws<DomainRuleException>(() => _ledger.Reverse(99, By(Bookkeeper, "no such"))).Violation);
    }

    [Theory]
    [InlineData(EntryKind.Income, LedgerCategory.Repairs)]
    [InlineData(EntryKind.Expense, LedgerCategory.Parking)]
    [InlineData(EntryKind.Expense, (LedgerCategory)99)]
    public void An_entry_whose_category_is_unknown_or_of_the_other_kind_is_refused(EntryKind kind, LedgerCategory category)
    {
        var draft = Income(10m) with { Kind = kind, Category = category };

        Assert.Equal(RuleViolation.InvalidInput, Assert.Throws<DomainRuleException>(() => _ledger.Record(draft, By(Bookkeeper))).Violation);
        Assert.Empty(_ledger.Entries);
        Assert.Equal(0, _ledger.Version);
    }

    [Theory]
    [InlineData("-1.00")]
    [InlineData("1.005")]
    [InlineData("0")]
    public void An_entry_with_a_negative_zero_or_over_precise_amount_is_refused(string amount)
    {
        var draft = Income(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(RuleViolation.InvalidInput, Assert.Throws<DomainRuleException>(() => _ledger.Record(draft, By(Bookkeeper))).Violation);
        Assert.Empty(_ledger.Entries);
    }

    [Fact]
    public void An_entry_dated_after_today_in_China_is_refused()
    {
        var tomorrow = Expense(10m, date: new DateOnly(2023, 6, 2));

        Assert.Equal(RuleViolation.InvalidInput, Assert.Throws<DomainRuleException>(() => _ledger.Record(tomorrow, By(Bookkeeper))).Violation);
    }

    [Fact]
    public void A_refusal_needs_a_reason()
    {
        var expense = _ledger.Record(Expense(9_000m), By(Bookkeeper));

        Assert.Equal(RuleViolation.InvalidInput, Assert.Throws<DomainRuleException>(() => _ledger.Refuse(expense.Number, ApprovingParty.Community, By(CommunityStaff))).Violation);
        Assert.Equal(EntryStatus.Pending, expense.Status);
        Assert.Empty(expense.Approvals);
    }

    [Fact]
    public void A_lower_threshold_applies_to_entries_recorded_after_it()
    {
        _ledger.Record(Income(3_000m), By(Bookkeeper));
        var before = _ledger.Record(Expense(1_500m), By(Bookkeeper));
        _ledger.SetThreshold(1_000m);
        var after = _ledger.Record(Expense(1_500m), By(Bookkeeper));

        Assert.Equal([EntryStatus.Posted, EntryStatus.Pending], [before.Status, after.Status]);
        Assert.Equal(RuleViolation.InvalidInput, Assert.Throws<DomainRuleException>(() => _ledger.SetThreshold(0.001m)).Violation);
    }

    [Fact]
    public void Balances_per_year_and_month_count_posted_entries_by_their_dates_and_carry_the_balance_forward()
    {
        _ledger.Record(Income(1_000m) with { Date = new DateOnly(2022, 12, 20) }, By(Bookkeeper));
        _ledger.Record(Income(2_000m) with { Date = new DateOnly(2023, 1, 5) }, By(Bookkeeper));
        _ledger.Record(Expense(500m, date: new DateOnly(2023, 1, 9)), By(Bookkeeper));
        _ledger.Record(Expense(7_000m, date: new DateOnly(2023, 1, 10)), By(Bookkeeper));

        Assert.Equal(
            ["2022 1000.00 0.00 1000.00", "2023 2000.00 500.00 2500.00"],
            LedgerPeriods.Years(_ledger).Select(p => $"{p.Period} {p.Income} {p.Expense} {p.Closing}"));
        Assert.Equal(
            ["2022-12 1000.00", "2023-01 2500.00"],
            LedgerPeriods.Months(_ledger).Select(p => $"{p.Period} {p.Closing}"));
    }

    [Fact]
    public void A_monthly_statement_shows_opening_entries_by_category_and_closing_and_is_published_once_the_month_ended()
    {
        _ledger.Record(Income(1_000m) with { Date = new DateOnly(2023, 4, 30) }, By(Bookkeeper));
        _ledger.Record(Income(250.50m) with { Date = new DateOnly(2023, 5, 3) }, By(Bookkeeper));
        _ledger.Record(Income(100m, LedgerCategory.Advertising) with { Date = new DateOnly(2023, 5, 4) }, By(Bookkeeper));
        _ledger.Record(Expense(80m, date: new DateOnly(2023, 5, 20)), By(Bookkeeper));
        _ledger.Record(Expense(6_000m, date: new DateOnly(2023, 5, 21)), By(Bookkeeper));

        var may = MonthlyStatement.Of(_ledger, 2023, 5, TestData.T0);
        var june = MonthlyStatement.Of(_ledger, 2023, 6, TestData.T0);

        Assert.Equal("2023-05", may.Month);
        Assert.True(may.Published);
        Assert.False(june.Published);
        Assert.Equal(["1000.00", "350.50", "80.00", "1270.50"], new[] { may.Opening, may.Income, may.Expense, may.Closing }.Select(m => m.ToString()));
        Assert.Equal([2, 3, 4], may.Entries.Select(e => e.Number));
        Assert.Equal("250.50", may.ByCategory[LedgerCategory.Parking].ToString());
        Assert.Equal(RuleViolation.InvalidInput, Assert.Throws<DomainRuleException>(() => MonthlyStatement.Of(_ledger, 2023, 13, TestData.T0)).Violation);
    }
}
