using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Visits;

namespace OrleansGovernance.Silo.Seeding;

/// <summary>
/// Synthetic door visits (三门工作法) for Fangzhi, marked as examples: households under references of the community's
/// own, a dozen in difficulty visited about every three weeks, new residents knocked on once, long-time residents
/// dropped in on now and then, over the six months before the seed's time. One household in difficulty has gone
/// unvisited past its cadence, so the desk and the attention list have something to show.
/// </summary>
internal static class VisitSeeds
{
    public const string Community = "xiamen.jimei.xinglin.fangzhi";

    /// <summary>The household left overdue: last visited 45 days before the seed's time on a 30-day cadence.</summary>
    public const string Overdue = "fz-h-003";

    private const int InDifficulty = 12;
    private const int NewResidents = 10;
    private const int LongTime = 18;

    private static readonly string[] Visitors = ["grid-worker-fangzhi-1", "grid-worker-fangzhi-2", "branch-member-fangzhi"];

    private static readonly string[] DifficultyFindings =
    [
        "Lives alone; medicine and food in stock. 独居老人，药品食物充足。",
        "Asked about the low-income allowance review. 咨询低保复核。",
        "Stair light out on the way up; reported to the property office. 楼道灯不亮。",
        "Carer away this week; neighbour looks in daily. 护工外出，邻居每日照看。",
        "All well; reminded of the free health check. 一切正常，提醒免费体检。",
    ];

    private static readonly string[] NewResidentFindings =
    [
        "Moved in last month; told of the happiness mailbox and the grid worker's number. 新住户，介绍幸福邮箱。",
        "Young family; asked about the kindergarten nearby. 年轻家庭，咨询附近幼儿园。",
    ];

    private static readonly string[] LongTimeFindings =
    [
        "Chatted about the parking plan; supports the new layout. 聊停车规划。",
        "Suggests benches by the east gate. 建议东门增设座椅。",
        "No concerns this time. 暂无诉求。",
    ];

    public static void Add(SeedBatch batch, SeedFile file, SeedOptions options, DateTimeOffset until)
    {
        var community = file.Communities.SingleOrDefault(c => c.Id == Community);
        if (community is null || community.Compounds.Count == 0)
        {
            return;
        }

        var random = StableRandom.For(options.RandomSeed, Community + ".visits");
        var start = until.AddMonths(-6);
        var register = HouseholdRegister.Open(Community);
        var visits = new List<(VisitDraft Draft, Stamp Stamp)>();
        var number = 0;
        string Compound() => community.Compounds[random.Next(community.Compounds.Count)].Id;
        Stamp By(DateTimeOffset at) => new(Visitors[random.Next(Visitors.Length)], at);

        for (var i = 0; i < InDifficulty; i++)
        {
            var reference = $"fz-h-{++number:D3}";
            var cadence = i % 4 == 0 ? 14 : HouseholdDraft.DefaultCadenceDays;
            register.Register(new HouseholdDraft(reference, Compound(), InDifficulty: true, cadence, Synthetic: true), By(start));
            var last = reference == Overdue ? until.AddDays(-45) : until.AddDays(-random.Next(1, cadence));
            for (var at = last; at > start; at = at.AddDays(-(cadence - random.Next(0, 5))))
            {
                visits.Add((new VisitDraft(reference, VisitKind.InDifficulty, DifficultyFindings[random.Next(DifficultyFindings.Length)], Synthetic: true), By(at)));
            }
        }

        for (var i = 0; i < NewResidents; i++)
        {
            var reference = $"fz-h-{++number:D3}";
            var movedIn = start.AddDays(random.Next(0, 170));
            register.Register(new HouseholdDraft(reference, Compound(), InDifficulty: false, Synthetic: true), By(movedIn));
            visits.Add((new VisitDraft(reference, VisitKind.NewResident, NewResidentFindings[random.Next(NewResidentFindings.Length)], Synthetic: true), By(movedIn.AddDays(random.Next(1, 8)))));
        }

        for (var i = 0; i < LongTime; i++)
        {
            var reference = $"fz-h-{++number:D3}";
            register.Register(new HouseholdDraft(reference, Compound(), InDifficulty: false, Synthetic: true), By(start));
            for (var at = start.AddDays(random.Next(5, 40)); at < until; at = at.AddDays(random.Next(30, 75)))
            {
                visits.Add((new VisitDraft(reference, VisitKind.LongTimeResident, LongTimeFindings[random.Next(LongTimeFindings.Length)], Synthetic: true), By(at)));
            }
        }

        var logs = new SortedDictionary<int, VisitLog>();
        foreach (var (draft, stamp) in visits.Where(v => v.Stamp.At < until).OrderBy(v => v.Stamp.At))
        {
            var visit = register.Visit(draft, stamp, null);
            register.Keep(visit);
            var month = ChinaTime.Month(visit.VisitedAt);
            if (!logs.TryGetValue(month, out var log))
            {
                log = new VisitLog { CommunityId = Community, Month = month };
                logs[month] = log;
            }

            log.Keep(visit);
        }

        batch.Visits.Add((register, [.. logs.Values]));
    }
}
