using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Silo.Seeding;

/// <summary>
/// The report's 2023 activity, placed in 2023: Ningbao's 6 joint meetings, 12 agreed matters, 23 settled
/// requests, 18 listed resources and 19 demands claimed in the first half year; Lianhua Xincheng Yueyuan's west
/// gate settled through the Red Union Council; Hualing Garden's thrown objects and e-bikes in lifts.
/// Details the report does not give (dates, titles) are synthetic.
/// </summary>
internal static class ReportYearActivity
{
    public const string Ningbao = "xiamen.jimei.xinglin.ningbao";
    public const string NingbaoShijia = "xiamen.jimei.xinglin.ningbao.ningbao-shijia";
    public const string Lianting = "xiamen.jimei.xinglin.lianting";
    public const string LianhuaYueyuan = "xiamen.jimei.xinglin.lianting.lianhua-xincheng-yueyuan";
    public const string HualingGarden = "xiamen.jimei.xinglin.fangzhi.hualing-garden";

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static readonly string[] ResourceTitles =
    [
        "Weekday lunch delivery through the home-care station", "Free haircuts by volunteer barbers", "Monthly free clinic",
        "Legal advice hour", "Homework club for primary pupils", "Small appliance repair", "Elderly companionship visits",
        "Knife sharpening and shoe repair", "Community library corner", "Fitness coaching for seniors",
        "Smartphone lessons for the elderly", "Blood pressure checks", "Tree and hedge trimming", "Lost-and-found desk",
        "Moving help for elderly residents", "Calligraphy class", "Psychological counselling", "Bulky waste collection day",
    ];

    public static void Add(SeedBatch batch, Random random, DateTimeOffset until)
    {
        AddNingbao(batch, random, until);
        AddLianting(batch, random, until);
        AddHualing(batch, random, until);
    }

    private static void AddNingbao(SeedBatch batch, Random random, DateTimeOffset until)
    {
        var activity = batch.Community(Ningbao);
        var listed = Day(2023, 1, 9);
        var resources = ResourceTitles
            .Select((title, i) => activity.Resource(title, i == 0 ? "Ningbao home-care station (社区居家养老服务站)" : "co-building units and residents", listed.AddDays(i), synthetic: i != 0))
            .ToList();

        // 22 demands collected in the first two quarters, 19 of them claimed by the end of June.
        var lunch = activity.Demand("Weekday lunch for an elderly resident (80+) alone at home in the daytime", DemandChannel.PropertyOffice, NingbaoShijia, Day(2023, 2, 6), synthetic: false);
        activity.Claim(lunch, resources[0], null, Day(2023, 2, 13));
        var channels = new[] { DemandChannel.HappinessMailbox, DemandChannel.PropertyOffice, DemandChannel.OnlineSurvey };
        for (var i = 1; i < 22; i++)
        {
            var collected = Day(2023, i < 12 ? 2 : 5, 1 + i);
            var demand = activity.Demand($"Resident demand {i + 1:D2} (sample)", channels[i % 3], NingbaoShijia, collected, synthetic: true);
            if (i < 19)
            {
                activity.Claim(demand, i < 18 ? resources[i % 18] : null, i < 18 ? null : "Ningbao Shijia property", collected.AddDays(10));
            }
        }

        // 23 requests settled: 12 through the agreed matters of 6 joint meetings, 11 by the property company directly.
        for (var meeting = 0; meeting < 6; meeting++)
        {
            var heldAt = Day(2023, 2 + meeting, 20).AddHours(6);
            var escalated = Enumerable.Range(0, 2).Select(k =>
            {
                var script = Filed(random, NingbaoShijia, heldAt.AddDays(-21 + (k * 3)), until, TicketCategory.Other, $"Request for joint meeting {meeting + 1}, item {k + 1} (sample)")
                    .Then(TimeSpan.FromMinutes(3), "grid worker", (t, s) => t.Acknowledge(s))
                    .Then(TimeSpan.FromHours(2), "Ningbao Shijia property", (t, s) => t.Claim(ClaimingParty.PropertyCompany, "Ningbao Shijia property", s))
                    .Then(TimeSpan.FromDays(2), "Ningbao Shijia property", (t, s) => t.Escalate(s), "needs the owners' committee and the community");
                return script;
            }).ToList();
            var draft = new MeetingDraft(
                MeetingKind.JointMeeting,
                $"Ningbao joint meeting {meeting + 1} of 2023",
                ["Ningbao community party committee", "Ningbao Shijia branch", "Ningbao Shijia owners' committee", "Ningbao Shijia property"],
                [.. escalated.Select(s => new AgendaItem(s.Ticket.Description, s.Ticket.Id, null))],
                [.. escalated.Select((s, k) => new AgreedMatter($"Agreed matter {(meeting * 2) + k + 1} (sample)", "Agreed and carried out by the property company", [s.Ticket.Id]))]);
            var recorded = activity.Meeting(draft, heldAt, "Ningbao community");
            foreach (var script in escalated)
            {
                script.AtMoment(heldAt, "joint meeting", (t, s) => t.Settle(s), $"settled by {recorded.Kind} {recorded.Id}")
                    .Then(TimeSpan.FromDays(2), "resident", (t, s) => t.Rate(SatisfactionLevel.VerySatisfied, s));
                batch.Tickets.Add(script.Ticket);
            }
        }

        var categories = new[] { TicketCategory.Sanitation, TicketCategory.Noise, TicketCategory.RoadAndPaving, TicketCategory.AccessAndGates, TicketCategory.ElderlyCare };
        for (var i = 0; i < 11; i++)
        {
            var script = Filed(random, NingbaoShijia, Day(2023, 1 + (i % 8), 3 + i), until, categories[i % categories.Length], $"Ningbao Shijia request {i + 1:D2} (sample)")
                .Then(TimeSpan.FromMinutes(2 + (i % 3)), "grid worker", (t, s) => t.Acknowledge(s))
                .Then(TimeSpan.FromMinutes(40), "Ningbao Shijia property", (t, s) => t.Claim(ClaimingParty.PropertyCompany, "Ningbao Shijia property", s))
                .Then(TimeSpan.FromDays(1 + (i % 4)), "Ningbao Shijia property", (t, s) => t.Settle(s))
                .Then(TimeSpan.FromDays(1), "resident", (t, s) => t.Rate(i % 5 == 4 ? SatisfactionLevel.BasicallySatisfied : SatisfactionLevel.Satisfied, s));
            batch.Tickets.Add(script.Ticket);
        }
    }

    private static void AddLianting(SeedBatch batch, Random random, DateTimeOffset until)
    {
        var heldAt = Day(2023, 7, 20).AddHours(7);
        var gate = Filed(random, LianhuaYueyuan, Day(2023, 5, 10).AddHours(2), until, TicketCategory.AccessAndGates,
                "The main gate is on the south-east side but the bus stop is on the west road: please open a west gate.")
            .Then(TimeSpan.FromMinutes(4), "grid worker", (t, s) => t.Acknowledge(s))
            .Then(TimeSpan.FromHours(3), "Lianting community", (t, s) => t.Claim(ClaimingParty.Community, "Lianting community", s))
            .Then(TimeSpan.FromDays(10), "Lianting community", (t, s) => t.Escalate(s), "the green belt between the wall and the bus stop is municipal land");
        // A special-topic meeting (召开议事会): a big matter, discussed by every seat the compound has on the council.
        var lianting = batch.Community(Lianting);
        var westGate = new AgreedMatter("Open a west gate through the green belt", "Agreed with the district municipal landscaping centre; gate opened", [gate.Ticket.Id])
        {
            Class = MatterClass.Big,
            Concerns = [LianhuaYueyuan],
            TookPart = CouncilRules.Required(lianting.Council!, [LianhuaYueyuan]),
        };
        var meeting = lianting.Meeting(
            new MeetingDraft(
                MeetingKind.CouncilMeeting,
                "Red Union Council (红联议事厅): a west gate for Lianhua Xincheng Yueyuan",
                ["Lianting community party committee", "environment and property committee", "Lianhua Xincheng Yueyuan branch", "Lianhua Xincheng Yueyuan owners' committee", "Lianhua Xincheng Yueyuan property", "district municipal landscaping centre"],
                [new AgendaItem("West gate to the bus stop", gate.Ticket.Id, null)],
                [westGate],
                Synthetic: false,
                Form: CouncilMeetingForm.SpecialTopic),
            heldAt,
            "Lianting community");
        gate.AtMoment(heldAt, "Red Union Council", (t, s) => t.Settle(s), $"settled by {meeting.Kind} {meeting.Id}")
            .AtMoment(Day(2023, 8, 15), "Lianhua Xincheng Yueyuan owners", (t, s) => t.Rate(SatisfactionLevel.VerySatisfied, s), "a banner of thanks to the community");
        batch.Tickets.Add(gate.Ticket);
    }

    private static void AddHualing(SeedBatch batch, Random random, DateTimeOffset until)
    {
        var thrown = Filed(random, HualingGarden, Day(2023, 1, 5).AddHours(3), until, TicketCategory.ObjectsThrownFromHeight, "Rubbish keeps being thrown from upper floors.")
            .Then(TimeSpan.FromMinutes(3), "grid worker", (t, s) => t.Acknowledge(s))
            .Then(TimeSpan.FromMinutes(30), "Hualing Garden branch", (t, s) => t.Claim(ClaimingParty.Branch, "Hualing Garden branch", s))
            .Then(TimeSpan.FromDays(20), "Chengfa property", (t, s) => t.Settle(s), "CCTV installed on the facades")
            .Then(TimeSpan.FromDays(35), "resident", (t, s) => t.Rate(SatisfactionLevel.VerySatisfied, s), "throwing dropped markedly within a month");
        var ebikes = Filed(random, HualingGarden, Day(2023, 2, 10).AddHours(4), until, TicketCategory.EbikeInLift, "E-bikes are taken up in the lifts and charged indoors.")
            .Then(TimeSpan.FromMinutes(4), "red property manager", (t, s) => t.Acknowledge(s))
            .Then(TimeSpan.FromHours(1), "Chengfa property", (t, s) => t.Claim(ClaimingParty.PropertyCompany, "Chengfa property", s))
            .Then(TimeSpan.FromDays(19), "Chengfa property", (t, s) => t.Settle(s), "lift e-bike blocker with image recognition installed")
            .Then(TimeSpan.FromDays(5), "resident", (t, s) => t.Rate(SatisfactionLevel.Satisfied, s));
        batch.Tickets.Add(thrown.Ticket);
        batch.Tickets.Add(ebikes.Ticket);
    }

    private static TicketScript Filed(Random random, string compoundId, DateTimeOffset at, DateTimeOffset until, TicketCategory category, string description) =>
        TicketScript.Submit(random, new TicketSubmission(compoundId, category, TicketChannel.PropertyOffice, description, null, null), at, "resident", until);

    /// <summary>09:00 China time on the given day.</summary>
    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 9, 0, 0, China);
}
