using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Domain.Tests.Tickets;

public sealed class ServiceLevelPolicyTests
{
    [Fact]
    public void The_default_policy_answers_within_five_minutes_and_settles_within_seven_days()
    {
        foreach (var category in Enum.GetValues<TicketCategory>())
        {
            Assert.Equal(TimeSpan.FromMinutes(5), ServiceLevelPolicy.Default.ResponseLimit(category));
        }

        Assert.Equal(TimeSpan.FromDays(7), ServiceLevelPolicy.Default.SettleLimit);
    }

    [Fact]
    public void A_category_override_applies_to_that_category_only()
    {
        var policy = new ServiceLevelPolicy(
            new Dictionary<TicketCategory, TimeSpan> { [TicketCategory.ElderlyCare] = TimeSpan.FromMinutes(2) },
            TimeSpan.FromDays(7));

        Assert.Equal(TimeSpan.FromMinutes(2), policy.ResponseLimit(TicketCategory.ElderlyCare));
        Assert.Equal(TimeSpan.FromMinutes(5), policy.ResponseLimit(TicketCategory.Sanitation));
    }

    [Fact]
    public void Limits_that_are_not_positive_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new ServiceLevelPolicy(
            new Dictionary<TicketCategory, TimeSpan> { [TicketCategory.Noise] = TimeSpan.Zero },
            TimeSpan.FromDays(7)));
        Assert.Throws<ArgumentException>(() => new ServiceLevelPolicy(new Dictionary<TicketCategory, TimeSpan>(), TimeSpan.FromDays(-1)));
    }
}
