using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Party;

namespace OrleansGovernance.Silo.Seeding;

/// <summary>
/// Each community's party register: the vanguard teams the seed file lists under the compounds' branches (the report's
/// 68, each counted once: in the register, serving its compound), and synthetic registered members and services
/// (示例) — the report gives neither names nor activities.
/// </summary>
internal static class PartySeeds
{
    private const int ExtraMembers = 6;

    private static readonly string[] Services =
    [
        "楼道清理与杂物清运", "探望独居老人", "文明创建宣传", "垃圾分类督导", "电梯安全巡查", "义诊与健康讲座", "防诈骗宣传",
    ];

    public static void Add(SeedBatch batch, SeedFile file, SeedOptions options, DateTimeOffset until)
    {
        foreach (var community in file.Communities)
        {
            var teams = community.Compounds
                .SelectMany(c => (c.Branch?.VanguardTeams ?? []).Select(t => (Compound: c, Team: t)))
                .ToList();
            if (teams.Count == 0)
            {
                continue;
            }

            var random = StableRandom.For(options.RandomSeed, $"party-{community.Id}");
            var members = Members(random, community, teams.Max(t => t.Team.Members) + ExtraMembers);
            var drafts = teams.Select(t => new ServiceTeamDraft(
                t.Team.Name, t.Team.NameZh, t.Compound.Id,
                [.. Enumerable.Range(1, members.Count).OrderBy(_ => random.Next()).Take(t.Team.Members).Order().Select(n => $"pm-{n}")],
                t.Compound.Synthetic)).ToList();
            batch.PartyRegisters[community.Id] = new PartyRegisterImport(members, drafts, Activities(random, drafts, until));
        }
    }

    private static List<PartyMemberDraft> Members(Random random, SeedCommunity community, int count) =>
        [.. Enumerable.Range(1, count).Select(n =>
        {
            var inWork = random.NextDouble() < 0.6;
            return new PartyMemberDraft(
                $"示例党员{community.NameZh}{n:00}", null,
                inWork ? MemberStanding.InWork : MemberStanding.Retired,
                inWork ? $"示例单位{random.Next(1, 21):00}" : null,
                random.Next(3) == 0 ? null : random.Pick(community.Compounds).Id,
                new DateOnly(2022, 1, 1).AddDays(random.Next(700)),
                Synthetic: true);
        })];

    /// <summary>One or two services a month for each team, over the year up to <paramref name="until"/>.</summary>
    private static List<ServiceActivityDraft> Activities(Random random, List<ServiceTeamDraft> teams, DateTimeOffset until)
    {
        var today = ChinaTime.Date(until);
        var activities = new List<ServiceActivityDraft>();
        for (var month = new DateOnly(today.Year - 1, today.Month, 1).AddMonths(1); month <= today; month = month.AddMonths(1))
        {
            for (var team = 0; team < teams.Count; team++)
            {
                foreach (var _ in Enumerable.Range(0, random.Next(1, 3)))
                {
                    var date = month.AddDays(random.Next(DateTime.DaysInMonth(month.Year, month.Month)));
                    var members = teams[team].MemberIds;
                    var taking = members.OrderBy(_ => random.Next()).Take(random.Next(2, Math.Min(6, members.Count) + 1)).ToList();
                    if (date <= today && taking.Count > 0)
                    {
                        activities.Add(new ServiceActivityDraft(
                            date, $"team-{team + 1}", taking, random.Next(2, 7) / 2m, random.Next(3, 41), random.Pick(Services), Synthetic: true));
                    }
                }
            }
        }

        return [.. activities.OrderBy(a => a.Date)];
    }
}
