using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Silo.Seeding;

/// <summary>
/// Hualing Garden's three-year plan to 2026 with the report's four milestones, and synthetic plans for about a
/// fifth of the synthetic compounds. Milestones are ticked, deterministically, shortly before they fall due.
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
            "Hualing Garden joint-building plan 2024–2026 (三年工作规划)",
            ["Fangzhi community party committee", "Hualing Garden compound branch", "City Housing Security Centre party branch", "Chengfa property party branch"],
            PeriodStart,
            PeriodEnd,
            [
                new MilestoneDraft("security-system", "Security system (安防系统)", MilestoneKind.Security, new DateOnly(2024, 6, 30), 2, "Hualing Garden compound branch"),
                new MilestoneDraft("non-motor-vehicle-shelter", "Non-motor-vehicle shelter (非机动车停车棚)", MilestoneKind.Shelter, new DateOnly(2024, 10, 31), 2, "City Housing Security Centre party branch"),
                new MilestoneDraft("road-resurfacing", "Road resurfacing (道路路面改造)", MilestoneKind.Roadwork, new DateOnly(2025, 10, 31), 3, "Chengfa property party branch"),
                new MilestoneDraft("party-masses-service-home", "Party–masses service home (党群之家)", MilestoneKind.ServiceHome, new DateOnly(2026, 12, 31), 3, "Fangzhi community party committee"),
            ]));
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
                return new MilestoneDraft($"milestone-{i}", $"{kind} works, part {i} (synthetic)", kind, due, random.Next(1, 4), $"{compound.Name} branch");
            }).OrderBy(m => m.Due).ToList();
            var plan = Plan.Create($"{compound.Id}.plan-2024-2026", new PlanDraft(
                compound.Id, $"{compound.Name} joint-building plan 2024–2026 (synthetic)",
                ["community party committee", $"{compound.Name} branch", "property company"], PeriodStart, PeriodEnd, milestones, Synthetic: true));
            TickBeforeDue(plan, random, until, completion: 0.85);
            batch.Plans.Add(plan);
        }
    }

    /// <summary>Ticks each milestone a few weeks before it falls due, if that day has come; some are left late.</summary>
    private static void TickBeforeDue(Plan plan, Random random, DateTimeOffset until, double completion)
    {
        foreach (var milestone in plan.Milestones.OrderBy(m => m.Due))
        {
            var doneAt = new DateTimeOffset(milestone.Due.ToDateTime(new TimeOnly(16, 0)), ChinaTime.Offset).AddDays(-random.Next(0, 45));
            if (doneAt <= until && random.NextDouble() < completion)
            {
                plan.Tick(milestone.Id, new Stamp(milestone.Owner, doneAt, "completed and inspected"));
            }
        }
    }
}
