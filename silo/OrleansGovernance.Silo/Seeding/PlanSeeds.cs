using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Silo.Seeding;

/// <summary>
/// Hualing Garden's three-year plan to 2026 with the report's four milestones (in the report's Chinese: 纺织社区党委,
/// 市住房保障中心党支部 and 集美城发物业党支部 signed a three-party agreement with a plan "从今年到2026年" for 道路路面改造,
/// 非机动车停车棚搭建, 安防系统 and 党群之家建设), and synthetic plans for about a fifth of the synthetic compounds.
/// Milestones are started, ticked and inspected, deterministically, around the weeks before they fall due.
/// </summary>
internal static class PlanSeeds
{
    public const string HualingPlanId = ReportYearActivity.HualingGarden + ".plan-2024-2026";

    private static readonly DateOnly PeriodStart = new(2024, 1, 1);
    private static readonly DateOnly PeriodEnd = new(2026, 12, 31);

    public static void Add(SeedBatch batch, SeedFile file, SeedOptions options, DateTimeOffset until)
    {
        var hualing = Plan.Create(HualingPlanId, new PlanDraft(
            ReportYearActivity.HualingGarden,
            "Hualing Garden joint-building plan 2024–2026",
            ["Fangzhi community party committee", "Hualing Garden compound branch", "City Housing Security Centre party branch", "Chengfa property party branch"],
            PeriodStart,
            PeriodEnd,
            [
                new MilestoneDraft("security-system", "Security system", MilestoneKind.Security, new DateOnly(2024, 6, 30), 2, "Hualing Garden compound branch", "安防系统", "华铃花园小区党支部"),
                new MilestoneDraft("non-motor-vehicle-shelter", "Non-motor-vehicle shelter", MilestoneKind.Shelter, new DateOnly(2024, 10, 31), 2, "City Housing Security Centre party branch", "非机动车停车棚搭建", "市住房保障中心党支部"),
                new MilestoneDraft("road-resurfacing", "Road resurfacing", MilestoneKind.Roadwork, new DateOnly(2025, 10, 31), 3, "Chengfa property party branch", "道路路面改造", "集美城发物业党支部"),
                new MilestoneDraft("party-masses-service-home", "Party–masses service home", MilestoneKind.ServiceHome, new DateOnly(2026, 12, 31), 3, "Fangzhi community party committee", "党群之家建设", "纺织社区党委"),
            ],
            TitleZh: "华铃花园社区物业党建联建三年工作规划（2024—2026年）",
            PartiesZh: ["纺织社区党委", "华铃花园小区党支部", "市住房保障中心党支部", "集美城发物业党支部"]));
        TickBeforeDue(hualing, StableRandom.For(options.RandomSeed, HualingPlanId), until, completion: 1.0);
        batch.Plans.Add(hualing);

        var kinds = Enum.GetValues<MilestoneKind>();
        foreach (var compound in file.Communities.SelectMany(c => c.Compounds).Where(c => c.Synthetic))
        {
            var random = StableRandom.For(options.RandomSeed, compound.Id + ".plan");
            if (random.NextDouble() >= 0.2)
            {
                continue;
            }

            var milestones = Enumerable.Range(1, random.Next(3, 6)).Select(i =>
            {
                var kind = random.Pick(kinds);
                var due = PeriodStart.AddDays(random.Next(60, PeriodEnd.DayNumber - PeriodStart.DayNumber));
                return new MilestoneDraft($"milestone-{i}", $"{kind} works, part {i} (sample)", kind, due, random.Next(1, 4), $"{compound.Name} branch",
                    $"{KindZh(kind)}（第{i}期，示例）", $"{compound.NameZh}小区党支部");
            }).OrderBy(m => m.Due).ToList();
            var plan = Plan.Create($"{compound.Id}.plan-2024-2026", new PlanDraft(
                compound.Id, $"{compound.Name} joint-building plan 2024–2026 (sample)",
                ["community party committee", $"{compound.Name} branch", "property company"], PeriodStart, PeriodEnd, milestones, Synthetic: true,
                TitleZh: $"{compound.NameZh}联建规划（2024—2026年，示例）",
                PartiesZh: ["社区党委", $"{compound.NameZh}小区党支部", "物业服务企业"]));
            TickBeforeDue(plan, random, until, completion: 0.85);
            batch.Plans.Add(plan);
        }
    }

    /// <summary>
    /// Ticks each milestone a few weeks before it falls due, if that day has come, with its start a month before and its
    /// inspection a week after (when those days have come); some are left late. The owner signs, and notes, in Chinese.
    /// </summary>
    private static void TickBeforeDue(Plan plan, Random random, DateTimeOffset until, double completion)
    {
        foreach (var milestone in plan.Milestones.OrderBy(m => m.Due))
        {
            var doneAt = new DateTimeOffset(milestone.Due.ToDateTime(new TimeOnly(16, 0)), ChinaTime.Offset).AddDays(-random.Next(0, 45));
            var by = milestone.OwnerZh.Length > 0 ? milestone.OwnerZh : null;
            if (doneAt.AddDays(-30) <= until)
            {
                plan.Take(milestone.Id, MilestoneStep.Start, new Stamp(milestone.Owner, doneAt.AddDays(-30), "施工单位进场", ByName: by));
            }

            if (doneAt <= until && random.NextDouble() < completion)
            {
                plan.Tick(milestone.Id, new Stamp(milestone.Owner, doneAt, "已完工", ByName: by));
                if (doneAt.AddDays(7) <= until)
                {
                    plan.Take(milestone.Id, MilestoneStep.Inspect, new Stamp(milestone.Owner, doneAt.AddDays(7), "验收合格", ByName: by));
                }
            }
        }
    }

    private static string KindZh(MilestoneKind kind) => kind switch
    {
        MilestoneKind.Roadwork => "道路路面改造",
        MilestoneKind.Shelter => "非机动车停车棚",
        MilestoneKind.Security => "安防系统",
        MilestoneKind.ServiceHome => "党群之家",
        _ => "其他工程",
    };
}
