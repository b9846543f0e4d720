using OrleansGovernance.Domain.Plans;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Plans;

public sealed class PlanFactsTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Fact]
    public void Facts_carry_the_version_and_each_milestone_s_due_date_weight_and_state()
    {
        var plan = NewPlan(
            "hualing-2026",
            Milestone("road", 1, new DateOnly(2024, 6, 30)),
            Milestone("shelter", 3, new DateOnly(2025, 6, 30)));
        var tickedAt = new DateTimeOffset(2024, 6, 1, 2, 0, 0, TimeSpan.Zero);
        plan.Tick("road", At(tickedAt));

        var facts = PlanFacts.Of(plan);

        Assert.Equal("hualing-2026", facts.Id);
        Assert.Equal(2, facts.Version);
        Assert.Equal(
            [
                new MilestoneFacts(new DateOnly(2024, 6, 30), 1, true, tickedAt),
                new MilestoneFacts(new DateOnly(2025, 6, 30), 3, false, null),
            ],
            facts.Milestones);
    }

    [Fact]
    public void An_unfinished_milestone_due_before_today_is_overdue_and_no_longer_at_risk()
    {
        var milestone = new MilestoneFacts(Today.AddDays(-1), 1, false, null);

        Assert.True(milestone.IsOverdue(Today));
        Assert.False(milestone.IsAtRisk(Today));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    [InlineData(Plan.AtRiskDays)]
    public void An_unfinished_milestone_due_within_thirty_days_is_at_risk_but_not_overdue(int daysAhead)
    {
        var milestone = new MilestoneFacts(Today.AddDays(daysAhead), 1, false, null);

        Assert.True(milestone.IsAtRisk(Today));
        Assert.False(milestone.IsOverdue(Today));
    }

    [Fact]
    public void An_unfinished_milestone_due_later_than_thirty_days_is_neither_at_risk_nor_overdue()
    {
        var milestone = new MilestoneFacts(Today.AddDays(31), 1, false, null);

        Assert.False(milestone.IsAtRisk(Today));
        Assert.False(milestone.IsOverdue(Today));
    }

    [Theory]
    [InlineData(-10)]
    [InlineData(10)]
    public void A_done_milestone_is_neither_at_risk_nor_overdue(int daysAhead)
    {
        var milestone = new MilestoneFacts(Today.AddDays(daysAhead), 1, true, new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.False(milestone.IsAtRisk(Today));
        Assert.False(milestone.IsOverdue(Today));
    }
}
