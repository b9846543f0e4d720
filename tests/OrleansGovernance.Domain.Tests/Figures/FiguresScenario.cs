using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Figures;

/// <summary>
/// Two compounds of Fangzhi with hand-counted tickets and plans, seen at <see cref="Now"/>
/// (Wednesday 2024-03-20, 12:00 in China).
/// </summary>
internal static class FiguresScenario
{
    public const string CommunityId = "xiamen.jimei.xinglin.fangzhi";
    public const string DormitoryId = "xiamen.jimei.xinglin.fangzhi.textile-dormitory";

    public static readonly DateTimeOffset Now = new(2024, 3, 20, 4, 0, 0, TimeSpan.Zero);

    /// <summary>Hualing Garden: a committee of 7 with 5 party members, dual seal, bookkeeping, two surveys.</summary>
    public static CompoundProfile Hualing() => new()
    {
        Id = CompoundId,
        Name = "Hualing Garden",
        NameZh = "华铃花园",
        CommunityId = CommunityId,
        Households = 1200,
        OwnersCommittee = new OwnersCommittee(
            Formed: new DateOnly(2021, 5, 1),
            Members:
            [
                new("Chair Chen", true, CommitteeRole.Chair),
                new("Vice chair Lin", true, CommitteeRole.ViceChair),
                new("Member Wu", true, CommitteeRole.Member),
                new("Member Xu", true, CommitteeRole.Member),
                new("Member Zhou", true, CommitteeRole.Member),
                new("Member Huang", false, CommitteeRole.Member),
                new("Member Zheng", false, CommitteeRole.Member),
            ]),
        PropertyService = new PropertyService("chengfa-property", "Chengfa Property", "Manager Lin", "instructor-1", true),
        DualSeal = true,
        Bookkeeping = true,
        Surveys = [new PropertySurvey(2022, 100, 80), new PropertySurvey(2023, 50, 45)],
    };

    /// <summary>A retired secretary, the property manager as deputy, two assigned cadres and three vanguard teams.</summary>
    public static BranchProfile HualingBranch() => new()
    {
        CompoundId = CompoundId,
        Secretary = new Secretary("Secretary Wang", SecretarySource.Retired),
        DeputySecretary = new DeputySecretary("Manager Lin", true),
        PartyMembers = 40,
        AssignedCadres = [new("Cadre Zhang", CadreKind.CommunityCadre), new("Grid worker Li", CadreKind.GridWorker)],
        VanguardTeams = [new("Lift patrol", "电梯巡查队", 6), new("Elder visits", "敬老服务队", 8), new("Green keepers", "护绿队", 5)],
    };

    /// <summary>Managed by the same company as Hualing Garden, linked to another instructor; no committee, no branch, no surveys.</summary>
    public static CompoundProfile Dormitory() => new()
    {
        Id = DormitoryId,
        Name = "Textile dormitory",
        NameZh = "纺织宿舍",
        CommunityId = CommunityId,
        PropertyService = new PropertyService("chengfa-property", "Chengfa Property", null, "instructor-2", false),
    };

    /// <summary>
    /// Ten tickets. t-1 to t-5 belong to Hualing Garden, t-6 to t-10 to the dormitory when the compounds are split.
    /// Minutes to acknowledge: 2, 10 (late), -, -, 5, 1, 3, 1, 2, 4 (total 28 over 8); hours to settle: 2, 1.5, 72, 1 (total 76.5 over 4).
    /// </summary>
    public static IReadOnlyList<Ticket> Tickets()
    {
        // Settled and rated very satisfied, answered in 2 minutes.
        var t1 = NewTicket(Now.AddHours(-3), "t-1");
        t1.Acknowledge(At(t1.SubmittedAt.AddMinutes(2)));
        t1.Claim(ClaimingParty.PropertyCompany, "Chengfa property", At(Now.AddHours(-2)));
        t1.Settle(At(Now.AddHours(-1)));
        t1.Rate(SatisfactionLevel.VerySatisfied, At(Now.AddMinutes(-30)));

        // Answered late (10 minutes), settled, rated dissatisfied.
        var t2 = NewTicket(Now.AddHours(-2), "t-2", TicketCategory.EbikeInLift);
        t2.Acknowledge(At(t2.SubmittedAt.AddMinutes(10)));
        t2.Claim(ClaimingParty.Branch, "Secretary Wang", At(Now.AddMinutes(-90)));
        t2.Settle(At(Now.AddMinutes(-30)));
        t2.Rate(SatisfactionLevel.Dissatisfied, At(Now.AddMinutes(-20)));

        // Unanswered past the limit, and unanswered still within it.
        var t3 = NewTicket(Now.AddMinutes(-10), "t-3", TicketCategory.Noise);
        var t4 = NewTicket(Now.AddMinutes(-2), "t-4", TicketCategory.Sanitation);

        // Answered exactly at the limit, claimed, escalated, and past its settle limit.
        var t5 = NewTicket(Now.AddDays(-10), "t-5", TicketCategory.AccessAndGates);
        t5.Acknowledge(At(t5.SubmittedAt.AddMinutes(5)));
        t5.Claim(ClaimingParty.Community, "Fangzhi community", At(t5.SubmittedAt.AddHours(1)));
        t5.Escalate(At(t5.SubmittedAt.AddDays(1)));

        // Submitted 49 hours ago, answered in a minute, rejected.
        var t6 = NewTicket(Now.AddHours(-49), "t-6", TicketCategory.Other);
        t6.Acknowledge(At(t6.SubmittedAt.AddMinutes(1)));
        t6.Reject(At(t6.SubmittedAt.AddMinutes(30), "a matter for the city, not the compound"));

        // A duplicate of t-1, pointed out within 3 minutes.
        var t7 = NewTicket(Now.AddHours(-5), "t-7");
        t7.MarkDuplicate("t-1", At(t7.SubmittedAt.AddMinutes(3)));

        // Settled and rated, then reopened: neither settled nor rated any more.
        var t8 = NewTicket(Now.AddDays(-3), "t-8", TicketCategory.EbikeInLift);
        t8.Acknowledge(At(t8.SubmittedAt.AddMinutes(1)));
        t8.Claim(ClaimingParty.PropertyCompany, "Chengfa property", At(t8.SubmittedAt.AddHours(1)));
        t8.Settle(At(Now.AddDays(-2)));
        t8.Rate(SatisfactionLevel.Satisfied, At(Now.AddDays(-2).AddHours(1)));
        t8.Reopen(At(Now.AddDays(-1), Reason));

        // Escalated to the joint meeting, which settled it; rated basically satisfied.
        var t9 = NewTicket(Now.AddDays(-4), "t-9", TicketCategory.RoadAndPaving);
        t9.Acknowledge(At(t9.SubmittedAt.AddMinutes(2)));
        t9.Claim(ClaimingParty.CoBuildingUnit, "City housing security centre", At(t9.SubmittedAt.AddHours(1)));
        t9.Escalate(At(t9.SubmittedAt.AddHours(2)));
        t9.Settle(At(Now.AddDays(-1)));
        t9.Rate(SatisfactionLevel.BasicallySatisfied, At(Now.AddDays(-1).AddHours(1)));

        // Settled, never rated.
        var t10 = NewTicket(Now.AddHours(-6), "t-10", TicketCategory.ElderlyCare);
        t10.Acknowledge(At(t10.SubmittedAt.AddMinutes(4)));
        t10.Claim(ClaimingParty.Branch, "Secretary Wang", At(t10.SubmittedAt.AddMinutes(10)));
        t10.Settle(At(Now.AddHours(-5)));

        return [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10];
    }

    public static IReadOnlyList<TicketFacts> HualingTickets() => [.. Tickets().Take(5).Select(t => t.Facts)];

    public static IReadOnlyList<TicketFacts> DormitoryTickets() => [.. Tickets().Skip(5).Select(t => t.Facts)];

    public static IReadOnlyList<TicketFacts> AllTickets() => [.. Tickets().Select(t => t.Facts)];

    /// <summary>Weights 1 (done in 2023), 3 (overdue), 2 (at risk), 4 (due in 2026).</summary>
    public static PlanFacts HualingPlan()
    {
        var plan = NewPlan(
            "hualing-2026",
            Milestone("road", 1, new DateOnly(2023, 12, 31), MilestoneKind.Roadwork),
            Milestone("shelter", 3, new DateOnly(2024, 3, 19), MilestoneKind.Shelter),
            Milestone("security", 2, new DateOnly(2024, 3, 30), MilestoneKind.Security),
            Milestone("service-home", 4, new DateOnly(2026, 6, 30), MilestoneKind.ServiceHome));
        plan.Tick("road", At(new DateTimeOffset(2023, 11, 15, 2, 0, 0, TimeSpan.Zero)));
        return PlanFacts.Of(plan);
    }

    /// <summary>Weights 5 (done in 2024) and 5 (due in exactly 30 days: at risk).</summary>
    public static PlanFacts DormitoryPlan()
    {
        var plan = NewPlan(
            "dormitory-lighting",
            Milestone("lamps", 5, new DateOnly(2024, 6, 30)),
            Milestone("cameras", 5, new DateOnly(2024, 4, 19), MilestoneKind.Security));
        plan.Tick("lamps", At(new DateTimeOffset(2024, 3, 1, 2, 0, 0, TimeSpan.Zero)));
        return PlanFacts.Of(plan);
    }
}
