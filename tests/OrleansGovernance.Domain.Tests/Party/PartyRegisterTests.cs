using OrleansGovernance.Domain.Party;

namespace OrleansGovernance.Domain.Tests.Party;

public sealed class PartyRegisterTests
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";
    private static readonly string[] Compounds = [TestData.CompoundId];

    /// <summary>2023-06-01 10:00 in China.</summary>
    private static readonly DateTimeOffset Now = TestData.T0;

    [Fact]
    public void Members_in_work_and_retired_are_counted_apart()
    {
        var register = Register(inWork: 3, retired: 2);

        var party = register.Figures(Now).Party;

        Assert.Equal((3, 2, 5), (party.RegisteredInWork, party.RegisteredRetired, party.Registered));
    }

    [Fact]
    public void A_member_in_work_names_a_work_unit_and_a_retired_one_none()
    {
        var register = PartyRegister.Open(Fangzhi);

        TestData.Refused(RuleViolation.InvalidInput, () => register.Register(Member(MemberStanding.InWork) with { WorkUnit = " " }, Compounds));
        TestData.Refused(RuleViolation.InvalidInput, () => register.Register(Member(MemberStanding.Retired) with { WorkUnit = "Jimei tax office" }, Compounds));
        Assert.Empty(register.Members);
        Assert.Equal(0, register.Changes);
    }

    [Fact]
    public void A_home_compound_outside_the_community_is_refused()
    {
        var register = PartyRegister.Open(Fangzhi);

        TestData.Refused(RuleViolation.InvalidInput, () => register.Register(Member(MemberStanding.Retired) with { CompoundId = "xiamen.jimei.xinglin.ningbao.shijia" }, Compounds));
    }

    [Fact]
    public void Teams_count_once_among_the_vanguard_teams_and_a_name_is_taken_once()
    {
        var register = Register(inWork: 2, retired: 1);
        register.Form(Team("Lift patrol", "电梯巡查队", "pm-1", "pm-2"), Compounds);
        register.Form(Team("Elder visits", "敬老服务队", "pm-3") with { CompoundId = TestData.CompoundId }, Compounds);

        TestData.Refused(RuleViolation.Conflict, () => register.Form(Team("Lift patrol 2", "电梯巡查队"), Compounds));
        TestData.Refused(RuleViolation.NotFound, () => register.Form(Team("Green keepers", "护绿队", "pm-9"), Compounds));
        Assert.Equal(2, register.Figures(Now).Organisation.VanguardTeams);
    }

    [Fact]
    public void Joining_a_team_twice_changes_nothing()
    {
        var register = Register(inWork: 2, retired: 0);
        register.Form(Team("Lift patrol", "电梯巡查队", "pm-1"), Compounds);
        var changes = register.Changes;

        register.Join("team-1", "pm-2");
        register.Join("team-1", "pm-2");

        Assert.Equal(["pm-1", "pm-2"], register.FindTeam("team-1").MemberIds);
        Assert.Equal(changes + 1, register.Changes);
    }

    [Fact]
    public void Members_active_in_the_last_quarter_are_those_who_served_in_the_three_months_to_today()
    {
        var register = Register(inWork: 2, retired: 2);
        register.Form(Team("Lift patrol", "电梯巡查队", "pm-1", "pm-2", "pm-3"), Compounds);
        Record(register, new DateOnly(2023, 3, 1), "pm-1");
        Record(register, new DateOnly(2023, 3, 2), "pm-2");
        Record(register, new DateOnly(2023, 1, 10), "pm-3");
        Record(register, new DateOnly(2023, 5, 20), "pm-3");

        Assert.Equal(2, register.ActiveLastQuarter(new DateOnly(2023, 6, 1)));
        Assert.Equal(3, register.ActiveLastQuarter(new DateOnly(2023, 5, 31)));
    }

    [Fact]
    public void Service_counters_equal_a_recount_of_the_filed_services()
    {
        var register = Register(inWork: 4, retired: 3);
        register.Form(Team("Lift patrol", "电梯巡查队", "pm-1", "pm-2"), Compounds);
        register.Form(Team("Elder visits", "敬老服务队", "pm-3", "pm-4", "pm-5"), Compounds);
        var filed = new List<ServiceActivity>();
        for (var i = 0; i < 40; i++)
        {
            var members = Enumerable.Range(1, 1 + (i % 5)).Select(n => $"pm-{n}").ToArray();
            filed.Add(Record(register, new DateOnly(2022, 1, 1).AddDays(i * 13), members, hours: 0.5m + (i % 4), residents: i % 7, team: 1 + (i % 2)));
        }

        var counted = register.Figures(Now).PartyService;
        var recount = filed.GroupBy(a => a.Month).ToDictionary(
            g => g.Key,
            g => (g.Count(), g.Sum(a => a.Hours * a.MemberIds.Count), g.Sum(a => a.ResidentsServed), g.Sum(a => a.MemberIds.Count)));

        Assert.Equal(recount, counted.ToDictionary(p => p.Key, p => (p.Value.Activities, p.Value.ServiceHours, p.Value.ResidentsServed, p.Value.Participations)));
        Assert.Equal(PartyRegister.RecentKept, register.Recent.Count);
        Assert.Equal(filed[^1], register.Recent[0]);
    }

    [Fact]
    public void A_service_with_a_stranger_future_date_or_odd_hours_is_refused_and_counts_nothing()
    {
        var register = Register(inWork: 1, retired: 0);
        register.Form(Team("Lift patrol", "电梯巡查队", "pm-1"), Compounds);
        var changes = register.Changes;

        TestData.Refused(RuleViolation.NotFound, () => register.Prepare(Service(new DateOnly(2023, 5, 1), "pm-7"), TestData.At(Now)));
        TestData.Refused(RuleViolation.NotFound, () => register.Prepare(Service(new DateOnly(2023, 5, 1), "pm-1") with { TeamId = "team-9" }, TestData.At(Now)));
        TestData.Refused(RuleViolation.InvalidInput, () => register.Prepare(Service(new DateOnly(2023, 6, 2), "pm-1"), TestData.At(Now)));
        TestData.Refused(RuleViolation.InvalidInput, () => register.Prepare(Service(new DateOnly(2023, 5, 1), "pm-1") with { Hours = 1.1m }, TestData.At(Now)));
        TestData.Refused(RuleViolation.InvalidInput, () => register.Prepare(Service(new DateOnly(2023, 5, 1), "pm-1", "pm-1"), TestData.At(Now)));
        TestData.Refused(RuleViolation.InvalidInput, () => register.Prepare(Service(new DateOnly(2023, 5, 1)), TestData.At(Now)));

        Assert.Equal(changes, register.Changes);
        Assert.Empty(register.Service);
    }

    [Fact]
    public void A_service_prepared_against_an_older_register_is_not_counted()
    {
        var register = Register(inWork: 1, retired: 0);
        register.Form(Team("Lift patrol", "电梯巡查队", "pm-1"), Compounds);
        var first = register.Prepare(Service(new DateOnly(2023, 5, 1), "pm-1"), TestData.At(Now));
        register.Count(first);

        TestData.Refused(RuleViolation.Conflict, () => register.Count(first));
        Assert.Equal(1, register.Service[202305].Activities);
    }

    [Fact]
    public void A_month_log_replaces_a_service_filed_under_the_same_id_and_refuses_another_month()
    {
        var log = ServiceLog.Open(ServiceLog.Key(Fangzhi, 202305));
        var activity = new ServiceActivity("sa-1", new DateOnly(2023, 5, 1), "team-1", ["pm-1"], 2m, 3, "Lift check", TestData.Staff, false);

        log.File(activity);
        log.File(activity with { ResidentsServed = 4 });

        Assert.Equal(4, Assert.Single(log.Activities).ResidentsServed);
        TestData.Refused(RuleViolation.InvalidInput, () => log.File(activity with { Id = "sa-2", Date = new DateOnly(2023, 6, 1) }));
        TestData.Refused(RuleViolation.InvalidInput, () => ServiceLog.Open(Fangzhi + "@202313"));
    }

    private static PartyRegister Register(int inWork, int retired)
    {
        var register = PartyRegister.Open(Fangzhi);
        for (var i = 0; i < inWork; i++)
        {
            register.Register(Member(MemberStanding.InWork), Compounds);
        }

        for (var i = 0; i < retired; i++)
        {
            register.Register(Member(MemberStanding.Retired), Compounds);
        }

        return register;
    }

    private static PartyMemberDraft Member(MemberStanding standing) => new(
        "Chen Lin", "13800000000", standing, standing == MemberStanding.InWork ? "Jimei tax office" : null, null, new DateOnly(2022, 3, 1));

    private static ServiceTeamDraft Team(string name, string nameZh, params string[] members) => new(name, nameZh, null, members);

    private static ServiceActivityDraft Service(DateOnly date, params string[] members) =>
        new(date, "team-1", members, 2m, 5, "Checked the lifts with the property company");

    private static ServiceActivity Record(PartyRegister register, DateOnly date, params string[] members) =>
        Record(register, date, members, 2m, 5, 1);

    private static ServiceActivity Record(PartyRegister register, DateOnly date, string[] members, decimal hours, int residents, int team)
    {
        var activity = register.Prepare(Service(date, members) with { Hours = hours, ResidentsServed = residents, TeamId = $"team-{team}" }, TestData.At(Now));
        register.Count(activity);
        return activity;
    }
}
