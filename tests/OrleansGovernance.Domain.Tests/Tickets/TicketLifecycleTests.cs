using OrleansGovernance.Domain.Tickets;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Tickets;

public sealed class TicketLifecycleTests
{
    /// <summary>Every legal step: from, action, to. Anything else is an invalid transition.</summary>
    private static readonly (TicketStatus From, TicketAction Action, TicketStatus To)[] Legal =
    [
        (TicketStatus.Submitted, TicketAction.Acknowledge, TicketStatus.Acknowledged),
        (TicketStatus.Acknowledged, TicketAction.Claim, TicketStatus.Claimed),
        (TicketStatus.Escalated, TicketAction.Claim, TicketStatus.Claimed),
        (TicketStatus.Acknowledged, TicketAction.Escalate, TicketStatus.Escalated),
        (TicketStatus.Claimed, TicketAction.Escalate, TicketStatus.Escalated),
        (TicketStatus.Claimed, TicketAction.Settle, TicketStatus.Settled),
        (TicketStatus.Escalated, TicketAction.Settle, TicketStatus.Settled),
        (TicketStatus.Settled, TicketAction.Rate, TicketStatus.Rated),
        (TicketStatus.Settled, TicketAction.Reopen, TicketStatus.Acknowledged),
        (TicketStatus.Rated, TicketAction.Reopen, TicketStatus.Acknowledged),
        (TicketStatus.Submitted, TicketAction.Reject, TicketStatus.Rejected),
        (TicketStatus.Acknowledged, TicketAction.Reject, TicketStatus.Rejected),
        (TicketStatus.Submitted, TicketAction.MarkDuplicate, TicketStatus.Duplicate),
        (TicketStatus.Acknowledged, TicketAction.MarkDuplicate, TicketStatus.Duplicate),
    ];

    public static TheoryData<TicketStatus, TicketAction, TicketStatus> LegalTransitions
    {
        get
        {
            var data = new TheoryData<TicketStatus, TicketAction, TicketStatus>();
            foreach (var (from, action, to) in Legal)
            {
                data.Add(from, action, to);
            }

            return data;
        }
    }

    /// <summary>Every status paired with every action that is not legal from it.</summary>
    public static TheoryData<TicketStatus, TicketAction> IllegalTransitions
    {
        get
        {
            var data = new TheoryData<TicketStatus, TicketAction>();
            foreach (var status in Enum.GetValues<TicketStatus>())
            {
                foreach (var action in Enum.GetValues<TicketAction>())
                {
                    if (action != TicketAction.Submit && !Legal.Any(l => l.From == status && l.Action == action))
                    {
                        data.Add(status, action);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void A_legal_step_moves_the_ticket_and_records_who_when_and_why(TicketStatus from, TicketAction action, TicketStatus to)
    {
        var ticket = TicketIn(from);
        var historyBefore = ticket.History.Count;
        var stamp = After(ticket, Reason);

        Apply(ticket, action, stamp);

        Assert.Equal(to, ticket.Status);
        Assert.Equal(historyBefore + 1, ticket.History.Count);
        Assert.Equal(new TicketTransition(action, from, to, Staff, stamp.At, Reason), ticket.History[^1]);
        Assert.Equal(stamp.At, ticket.LastChangedAt);
        Assert.Equal(ticket.History.Count, ticket.Version);
    }

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void A_legal_step_keeps_the_display_name_its_stamp_carries(TicketStatus from, TicketAction action, TicketStatus to)
    {
        var ticket = TicketIn(from);

        Apply(ticket, action, After(ticket, Reason) with { ByName = "吴晓峰" });

        Assert.Equal((to, Staff, "吴晓峰"), (ticket.History[^1].To, ticket.History[^1].By, ticket.History[^1].ByName));
    }

    [Fact]
    public void Submitting_keeps_the_display_name_its_stamp_carries()
    {
        var ticket = Ticket.Submit("t-43", Submission(), ServiceLevelPolicy.Default, At(T0) with { ByName = "陈阿姨" });

        Assert.Equal("陈阿姨", Assert.Single(ticket.History).ByName);
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void An_illegal_step_is_refused_and_changes_nothing(TicketStatus from, TicketAction action)
    {
        var ticket = TicketIn(from);
        var before = ticket.Facts;
        var historyBefore = ticket.History.Count;
        var lastChangedBefore = ticket.LastChangedAt;

        Refused(RuleViolation.InvalidTransition, () => Apply(ticket, action, After(ticket, Reason)));

        Assert.Equal(from, ticket.Status);
        Assert.Equal(historyBefore, ticket.History.Count);
        Assert.Equal(lastChangedBefore, ticket.LastChangedAt);
        Assert.Equal(before, ticket.Facts);
    }

    [Fact]
    public void Acknowledging_a_settled_ticket_is_refused_and_changes_nothing()
    {
        var ticket = TicketIn(TicketStatus.Settled);
        var before = ticket.Facts;

        Refused(RuleViolation.InvalidTransition, () => ticket.Acknowledge(After(ticket)));

        Assert.Equal(TicketStatus.Settled, ticket.Status);
        Assert.Equal(4, ticket.History.Count);
        Assert.Equal(before, ticket.Facts);
    }

    [Fact]
    public void Submitting_opens_the_ticket_with_one_history_entry()
    {
        var ticket = NewTicket(T0, id: "t-42");

        Assert.Equal("t-42", ticket.Id);
        Assert.Equal(CompoundId, ticket.CompoundId);
        Assert.Equal(TicketStatus.Submitted, ticket.Status);
        Assert.Equal("Bottles thrown from the 12th floor", ticket.Description);
        Assert.Equal(T0, ticket.SubmittedAt);
        Assert.Equal(1, ticket.Version);
        var entry = Assert.Single(ticket.History);
        Assert.Equal(new TicketTransition(TicketAction.Submit, TicketStatus.Submitted, TicketStatus.Submitted, Staff, T0, null), entry);
        Assert.Null(ticket.RespondedAt);
    }

    [Fact]
    public void The_response_is_due_five_minutes_after_submission_by_default()
    {
        var ticket = NewTicket(T0);

        Assert.Equal(T0.AddMinutes(5), ticket.ResponseDue);
    }

    [Fact]
    public void A_category_can_have_its_own_response_limit()
    {
        var policy = new ServiceLevelPolicy(
            new Dictionary<TicketCategory, TimeSpan> { [TicketCategory.RoadAndPaving] = TimeSpan.FromHours(2) },
            TimeSpan.FromDays(7));

        var road = NewTicket(T0, category: TicketCategory.RoadAndPaving, policy: policy);
        var noise = NewTicket(T0, category: TicketCategory.Noise, policy: policy);

        Assert.Equal(T0.AddHours(2), road.ResponseDue);
        Assert.Equal(T0.AddMinutes(5), noise.ResponseDue);
    }

    [Fact]
    public void Settling_is_due_seven_days_after_submission_by_default()
    {
        var ticket = NewTicket(T0);

        Assert.Equal(T0.AddDays(7), ticket.SettleDue);
    }

    [Fact]
    public void The_settle_limit_comes_from_the_policy()
    {
        var policy = new ServiceLevelPolicy(new Dictionary<TicketCategory, TimeSpan>(), TimeSpan.FromDays(3));

        var ticket = NewTicket(T0, policy: policy);

        Assert.Equal(T0.AddDays(3), ticket.SettleDue);
    }

    [Fact]
    public void An_invalid_submission_is_refused()
    {
        var badCompound = Submission() with { CompoundId = "Hualing Garden" };
        var noDescription = Submission() with { Description = "   " };
        var unknownCategory = Submission() with { Category = (TicketCategory)99 };

        Refused(RuleViolation.InvalidInput, () => Ticket.Submit("t-1", badCompound, ServiceLevelPolicy.Default, At(T0)));
        Refused(RuleViolation.InvalidInput, () => Ticket.Submit("t-1", noDescription, ServiceLevelPolicy.Default, At(T0)));
        Refused(RuleViolation.InvalidInput, () => Ticket.Submit("t-1", unknownCategory, ServiceLevelPolicy.Default, At(T0)));
        Refused(RuleViolation.InvalidInput, () => Ticket.Submit(" ", Submission(), ServiceLevelPolicy.Default, At(T0)));
    }

    [Fact]
    public void Acknowledging_records_the_first_answer()
    {
        var ticket = TicketIn(TicketStatus.Submitted);
        var stamp = After(ticket, gap: TimeSpan.FromMinutes(3));

        ticket.Acknowledge(stamp);

        Assert.Equal(stamp.At, ticket.RespondedAt);
    }

    [Fact]
    public void Claiming_records_the_party_and_the_claimant()
    {
        var ticket = TicketIn(TicketStatus.Acknowledged);
        var stamp = After(ticket);

        ticket.Claim(ClaimingParty.Branch, "  Secretary Wang  ", stamp);

        Assert.Equal(stamp.At, ticket.ClaimedAt);
        Assert.Equal(ClaimingParty.Branch, ticket.ClaimedBy);
        Assert.Equal("Secretary Wang", ticket.ClaimantName);
    }

    [Fact]
    public void A_claim_without_a_claimant_or_with_an_unknown_party_is_refused_and_changes_nothing()
    {
        var ticket = TicketIn(TicketStatus.Acknowledged);
        var before = ticket.Facts;

        Refused(RuleViolation.InvalidInput, () => ticket.Claim(ClaimingParty.Branch, " ", After(ticket)));
        Refused(RuleViolation.InvalidInput, () => ticket.Claim((ClaimingParty)42, "Secretary Wang", After(ticket)));

        Assert.Equal(before, ticket.Facts);
        Assert.Null(ticket.ClaimedBy);
        Assert.Null(ticket.ClaimantName);
    }

    [Fact]
    public void Escalating_again_keeps_the_time_of_the_first_escalation()
    {
        var ticket = TicketIn(TicketStatus.Escalated);
        var firstEscalation = ticket.EscalatedAt;
        ticket.Claim(ClaimingParty.CoBuildingUnit, "City housing security centre", After(ticket));

        ticket.Escalate(After(ticket));

        Assert.Equal(TicketStatus.Escalated, ticket.Status);
        Assert.NotNull(firstEscalation);
        Assert.Equal(firstEscalation, ticket.EscalatedAt);
    }

    [Fact]
    public void Settling_records_when_and_rating_records_the_level()
    {
        var ticket = TicketIn(TicketStatus.Claimed);
        var settle = After(ticket);
        ticket.Settle(settle);

        ticket.Rate(SatisfactionLevel.VerySatisfied, After(ticket));

        Assert.Equal(settle.At, ticket.SettledAt);
        Assert.Equal(SatisfactionLevel.VerySatisfied, ticket.Rating);
    }

    [Fact]
    public void A_rating_off_the_five_level_scale_is_refused_and_changes_nothing()
    {
        var ticket = TicketIn(TicketStatus.Settled);
        var before = ticket.Facts;

        Refused(RuleViolation.InvalidInput, () => ticket.Rate((SatisfactionLevel)0, After(ticket)));

        Assert.Equal(before, ticket.Facts);
    }

    [Fact]
    public void Reopening_a_rated_ticket_clears_the_settlement_and_the_rating_and_counts_the_reopening()
    {
        var ticket = TicketIn(TicketStatus.Rated);
        var respondedAt = ticket.RespondedAt;

        ticket.Reopen(After(ticket, Reason));

        Assert.Equal(TicketStatus.Acknowledged, ticket.Status);
        Assert.Null(ticket.SettledAt);
        Assert.Null(ticket.Rating);
        Assert.Equal(1, ticket.Reopened);
        Assert.Equal(respondedAt, ticket.RespondedAt);
    }

    [Fact]
    public void A_reopened_ticket_can_be_claimed_and_settled_again()
    {
        var ticket = TicketIn(TicketStatus.Settled);
        ticket.Reopen(After(ticket, Reason));

        ticket.Claim(ClaimingParty.PropertyCompany, "Chengfa property", After(ticket));
        ticket.Settle(After(ticket));
        ticket.Reopen(After(ticket, "still broken"));

        Assert.Equal(2, ticket.Reopened);
        Assert.Equal(TicketStatus.Acknowledged, ticket.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Reopening_without_a_reason_is_refused_and_changes_nothing(string? note)
    {
        var ticket = TicketIn(TicketStatus.Rated);
        var before = ticket.Facts;

        Refused(RuleViolation.InvalidInput, () => ticket.Reopen(After(ticket, note)));

        Assert.Equal(TicketStatus.Rated, ticket.Status);
        Assert.Equal(before, ticket.Facts);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Rejecting_without_a_reason_is_refused_and_changes_nothing(string? note)
    {
        var ticket = TicketIn(TicketStatus.Submitted);
        var before = ticket.Facts;

        Refused(RuleViolation.InvalidInput, () => ticket.Reject(After(ticket, note)));

        Assert.Equal(TicketStatus.Submitted, ticket.Status);
        Assert.Equal(before, ticket.Facts);
        Assert.Null(ticket.RespondedAt);
    }

    [Fact]
    public void Rejecting_an_unanswered_ticket_counts_as_its_first_answer()
    {
        var ticket = TicketIn(TicketStatus.Submitted);
        var stamp = After(ticket, Reason);

        ticket.Reject(stamp);

        Assert.Equal(stamp.At, ticket.RespondedAt);
    }

    [Fact]
    public void Rejecting_an_acknowledged_ticket_keeps_the_time_of_the_acknowledgement()
    {
        var ticket = TicketIn(TicketStatus.Acknowledged);
        var acknowledgedAt = ticket.RespondedAt;

        ticket.Reject(After(ticket, Reason, TimeSpan.FromHours(1)));

        Assert.Equal(acknowledgedAt, ticket.RespondedAt);
    }

    [Fact]
    public void Marking_a_duplicate_points_to_the_original_and_answers_the_resident()
    {
        var ticket = TicketIn(TicketStatus.Submitted);
        var stamp = After(ticket);

        ticket.MarkDuplicate("t-0", stamp);

        Assert.Equal("t-0", ticket.DuplicateOf);
        Assert.Equal(stamp.At, ticket.RespondedAt);
    }

    [Fact]
    public void A_ticket_cannot_be_a_duplicate_of_itself()
    {
        var ticket = TicketIn(TicketStatus.Acknowledged);
        var before = ticket.Facts;

        Refused(RuleViolation.InvalidInput, () => ticket.MarkDuplicate(ticket.Id, After(ticket)));

        Assert.Equal(TicketStatus.Acknowledged, ticket.Status);
        Assert.Null(ticket.DuplicateOf);
        Assert.Equal(before, ticket.Facts);
    }

    [Fact]
    public void A_stamp_earlier_than_the_previous_change_is_refused_and_changes_nothing()
    {
        var ticket = TicketIn(TicketStatus.Acknowledged);
        var before = ticket.Facts;

        Refused(RuleViolation.InvalidInput, () => ticket.Claim(ClaimingParty.Branch, "Secretary Wang", At(ticket.LastChangedAt.AddSeconds(-1))));

        Assert.Equal(TicketStatus.Acknowledged, ticket.Status);
        Assert.Equal(before, ticket.Facts);
    }

    [Fact]
    public void A_stamp_at_the_same_instant_as_the_previous_change_is_accepted()
    {
        var ticket = TicketIn(TicketStatus.Acknowledged);

        ticket.Claim(ClaimingParty.Branch, "Secretary Wang", At(ticket.LastChangedAt));

        Assert.Equal(TicketStatus.Claimed, ticket.Status);
    }

    [Fact]
    public void A_stamp_without_an_author_is_refused_and_changes_nothing()
    {
        var ticket = TicketIn(TicketStatus.Submitted);
        var before = ticket.Facts;

        Refused(RuleViolation.InvalidInput, () => ticket.Acknowledge(new Stamp(" ", ticket.LastChangedAt.AddMinutes(1))));

        Assert.Equal(before, ticket.Facts);
    }

    private static void Apply(Ticket ticket, TicketAction action, Stamp stamp)
    {
        switch (action)
        {
            case TicketAction.Acknowledge: ticket.Acknowledge(stamp); break;
            case TicketAction.Claim: ticket.Claim(ClaimingParty.Branch, "Secretary Wang", stamp); break;
            case TicketAction.Escalate: ticket.Escalate(stamp); break;
            case TicketAction.Settle: ticket.Settle(stamp); break;
            case TicketAction.Rate: ticket.Rate(SatisfactionLevel.Satisfied, stamp); break;
            case TicketAction.Reopen: ticket.Reopen(stamp); break;
            case TicketAction.Reject: ticket.Reject(stamp); break;
            case TicketAction.MarkDuplicate: ticket.MarkDuplicate("t-0", stamp); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, "not a step of an existing ticket");
        }
    }
}
