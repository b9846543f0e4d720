using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Domain.Tests;

/// <summary>Small builders shared by the tests. Every time is fixed, so nothing depends on the clock.</summary>
internal static class TestData
{
    public const string CompoundId = "xiamen.jimei.xinglin.fangzhi.hualing-garden";
    public const string Staff = "grid-worker-li";
    public const string Reason = "the resident says the lift still takes e-bikes";

    /// <summary>Thursday 2023-06-01, 10:00 in China.</summary>
    public static readonly DateTimeOffset T0 = new(2023, 6, 1, 2, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly PlanStart = new(2023, 1, 1);
    public static readonly DateOnly PlanEnd = new(2026, 12, 31);

    public static Stamp At(DateTimeOffset at, string? note = null) => new(Staff, at, note);

    /// <summary>A stamp one minute (or <paramref name="gap"/>) after the ticket's last change.</summary>
    public static Stamp After(Ticket ticket, string? note = null, TimeSpan? gap = null) =>
        At(ticket.LastChangedAt + (gap ?? TimeSpan.FromMinutes(1)), note);

    public static TicketSubmission Submission(
        TicketCategory category = TicketCategory.ObjectsThrownFromHeight,
        ReporterContact? reporter = null) =>
        new(CompoundId, category, TicketChannel.HappinessMailbox, "  Bottles thrown from the 12th floor  ", "Building 3", reporter);

    public static Ticket NewTicket(
        DateTimeOffset submittedAt,
        string id = "t-1",
        TicketCategory category = TicketCategory.ObjectsThrownFromHeight,
        ServiceLevelPolicy? policy = null) =>
        Ticket.Submit(id, Submission(category), policy ?? ServiceLevelPolicy.Default, At(submittedAt));

    /// <summary>A ticket submitted at <see cref="T0"/> and taken by legal steps, one minute apart, to <paramref name="status"/>.</summary>
    public static Ticket TicketIn(TicketStatus status) => status switch
    {
        TicketStatus.Submitted => NewTicket(T0),
        TicketStatus.Acknowledged => Then(TicketStatus.Submitted, t => t.Acknowledge(After(t))),
        TicketStatus.Claimed => Then(TicketStatus.Acknowledged, t => t.Claim(ClaimingParty.PropertyCompany, "Chengfa property", After(t))),
        TicketStatus.Escalated => Then(TicketStatus.Acknowledged, t => t.Escalate(After(t))),
        TicketStatus.Settled => Then(TicketStatus.Claimed, t => t.Settle(After(t))),
        TicketStatus.Rated => Then(TicketStatus.Settled, t => t.Rate(SatisfactionLevel.Satisfied, After(t))),
        TicketStatus.Rejected => Then(TicketStatus.Submitted, t => t.Reject(After(t, "not a matter for the compound"))),
        TicketStatus.Duplicate => Then(TicketStatus.Submitted, t => t.MarkDuplicate("t-0", After(t))),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a ticket status"),
    };

    public static MilestoneDraft Milestone(string id, int weight, DateOnly due, MilestoneKind kind = MilestoneKind.Other) =>
        new(id, $"  Milestone {id}  ", kind, due, weight, "  Chengfa property branch  ");

    public static PlanDraft PlanDraft(params MilestoneDraft[] milestones) =>
        new(CompoundId, "  Hualing Garden three-year plan  ", ["  Fangzhi community party committee  ", "Chengfa property branch"], PlanStart, PlanEnd, milestones);

    public static Plan NewPlan(string id, params MilestoneDraft[] milestones) => Plan.Create(id, PlanDraft(milestones));

    /// <summary>Asserts that <paramref name="act"/> is refused for the given reason.</summary>
    public static void Refused(RuleViolation violation, Action act)
    {
        var refusal = Assert.Throws<DomainRuleException>(act);
        Assert.Equal(violation, refusal.Violation);
    }

    private static Ticket Then(TicketStatus from, Action<Ticket> step)
    {
        var ticket = TicketIn(from);
        step(ticket);
        return ticket;
    }
}
