using OrleansGovernance.Domain.Ledger;
using static OrleansGovernance.Domain.Tests.Ledger.LedgerData;

namespace OrleansGovernance.Domain.Tests.Ledger;

public sealed class LedgerLimitsTests
{
    private readonly OrleansGovernance.Domain.Ledger.Ledger _ledger = NewLedger();

    [Theory]
    [InlineData("1000000.01")]
    [InlineData("100000000")]
    public void A_threshold_above_the_largest_is_refused_and_the_old_one_stays(string yuan)
    {
        var refused = Assert.Throws<DomainRuleException>(() => _ledger.SetThreshold(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(RuleViolation.InvalidInput, refused.Violation);
        Assert.Equal(OrleansGovernance.Domain.Ledger.Ledger.DefaultThreshold, _ledger.ApprovalThreshold);
    }

    [Fact]
    public void An_expense_that_would_post_below_zero_is_refused_and_records_nothing()
    {
        _ledger.Record(Income(1_000m), By(Bookkeeper));

        var refused = Assert.Throws<DomainRuleException>(() => _ledger.Record(Expense(1_000.01m), By(Bookkeeper, minute: 1)));

        Assert.Equal(RuleViolation.InvalidTransition, refused.Violation);
        Assert.Single(_ledger.Entries);
        Assert.Equal("1000.00", _ledger.Balance.ToString());
    }

    [Fact]
    public void The_approval_that_would_post_an_expense_below_zero_is_refused_and_the_expense_stays_pending()
    {
        _ledger.Record(Income(6_000m), By(Bookkeeper));
        var pending = _ledger.Record(Expense(9_000m), By(Bookkeeper, minute: 1));
        _ledger.Approve(pending.Number, ApprovingParty.OwnersCommittee, By(Chair, minute: 2));

        var refused = Assert.Throws<DomainRuleException>(() => _ledger.Approve(pending.Number, ApprovingParty.Community, By(CommunityStaff, minute: 3)));

        Assert.Equal(RuleViolation.InvalidTransition, refused.Violation);
        Assert.Equal(EntryStatus.Pending, pending.Status);
        Assert.Single(pending.Approvals);
        Assert.Equal("6000.00", _ledger.Balance.ToString());
    }

    [Fact]
    public void An_expense_that_leaves_exactly_zero_posts()
    {
        _ledger.Record(Income(2_500m), By(Bookkeeper));

        var expense = _ledger.Record(Expense(2_500m), By(Bookkeeper, minute: 1));

        Assert.Equal(EntryStatus.Posted, expense.Status);
        Assert.Equal("0.00", _ledger.Balance.ToString());
    }
}
