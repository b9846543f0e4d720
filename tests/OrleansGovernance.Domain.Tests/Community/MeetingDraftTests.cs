using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Domain.Tests.Community;

public sealed class MeetingDraftTests
{
    private static readonly AgendaItem WestGate = new("A west gate to the bus stop", "t-20230601100000000-westga", null);
    private static readonly AgendaItem Lunch = new("Lunch for elders", null, "lunch-for-elder");

    [Fact]
    public void A_meeting_whose_agreed_matters_settle_tickets_on_its_agenda_is_accepted()
    {
        var draft = Draft([WestGate, Lunch], new AgreedMatter("West gate", "Open it with the landscaping centre", ["t-20230601100000000-westga"]));

        var refusal = Record.Exception(draft.Validate);

        Assert.Null(refusal);
    }

    [Fact]
    public void An_agreed_matter_settling_a_ticket_not_on_the_agenda_is_refused()
    {
        var draft = Draft([WestGate], new AgreedMatter("Lift blocker", "Install it", ["t-20230601100000000-westga", "t-20230601100000000-kiftbz"]));

        var refusal = Assert.Throws<DomainRuleException>(draft.Validate);

        Assert.Equal(RuleViolation.InvalidInput, refusal.Violation);
        Assert.Contains("'t-20230601100000000-kiftbz'", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_demand_on_the_agenda_does_not_put_a_ticket_of_the_same_id_on_it()
    {
        var draft = Draft([Lunch], new AgreedMatter("Lunch", "Deliver on weekdays", ["lunch-for-elder"]));

        TestData.Refused(RuleViolation.InvalidInput, draft.Validate);
    }

    [Fact]
    public void A_meeting_without_attendees_is_refused()
    {
        var draft = Draft([WestGate]) with { Attendees = [] };

        TestData.Refused(RuleViolation.InvalidInput, draft.Validate);
    }

    [Fact]
    public void An_agreed_matter_without_an_outcome_is_refused()
    {
        var draft = Draft([WestGate], new AgreedMatter("West gate", " ", []));

        TestData.Refused(RuleViolation.InvalidInput, draft.Validate);
    }

    [Fact]
    public void An_agenda_with_an_empty_entry_or_an_oversized_ticket_id_is_refused()
    {
        TestData.Refused(RuleViolation.InvalidInput, Draft([WestGate, null!]).Validate);
        TestData.Refused(RuleViolation.InvalidInput, Draft([new("West gate", new string('t', 100_000))]).Validate);
        TestData.Refused(RuleViolation.InvalidInput, Draft([WestGate], [null!]).Validate);
    }

    [Fact]
    public void A_meeting_lists_each_settled_ticket_once()
    {
        var meeting = new Meeting(
            "m-1", MeetingKind.CouncilMeeting, "Red Union Council", TestData.T0, ["Secretary Wang"], [WestGate, new("Bus stop path", "t-20230601100000000-pathba", null)],
            [new AgreedMatter("West gate", "Open it", ["t-20230601100000000-westga"]), new AgreedMatter("Bus stop path", "Pave it", ["t-20230601100000000-westga", "t-20230601100000000-pathba"])],
            "Secretary Wang", false);

        Assert.Equal(["t-20230601100000000-westga", "t-20230601100000000-pathba"], meeting.SettledTickets);
    }

    private static MeetingDraft Draft(IReadOnlyList<AgendaItem> agenda, params AgreedMatter[] matters) =>
        new(MeetingKind.JointMeeting, "Joint meeting on access", ["Community party committee", "Owners' committee chair"], agenda, matters);
}
