using OrleansGovernance.Domain.Plans;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Plans;

public sealed class PlanDraftTests
{
    private static readonly MilestoneDraft Lights = new("lights", "Street lights", MilestoneKind.Other, new DateOnly(2026, 6, 1), 1, "property");

    [Theory]
    [InlineData("0001-01-01", "2026-12-31")]
    [InlineData("2023-01-01", "9999-12-31")]
    public void A_period_outside_the_platforms_calendar_is_refused(string start, string end)
    {
        var draft = Draft() with { PeriodStart = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), PeriodEnd = DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture) };

        Refused(RuleViolation.InvalidInput, draft.Validate);
    }

    [Fact]
    public void An_empty_milestone_entry_is_refused()
    {
        Refused(RuleViolation.InvalidInput, (Draft() with { Milestones = [Lights, null!] }).Validate);
    }

    [Fact]
    public void A_milestone_due_in_year_one_is_refused()
    {
        Refused(RuleViolation.InvalidInput, (Lights with { Due = DateOnly.MinValue }).Validate);
    }

    private static PlanDraft Draft() => new(CompoundId, "Lights", ["Fangzhi community"], PlanStart, PlanEnd, [Lights]);
}
