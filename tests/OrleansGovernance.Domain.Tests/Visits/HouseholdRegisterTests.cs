using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Visits;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Visits;

public sealed class HouseholdRegisterTests
{
    private const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";

    /// <summary>2023-05-31 17:00 UTC is already 1 June, 01:00 in China.</summary>
    private static readonly DateTimeOffset Registered = new(2023, 5, 31, 17, 0, 0, TimeSpan.Zero);

    private readonly HouseholdRegister _register = HouseholdRegister.Open(Fangzhi);

    public HouseholdRegisterTests()
    {
        _register.Register(new HouseholdDraft("h-001", CompoundId, InDifficulty: true), At(Registered));
        _register.Register(new HouseholdDraft("h-002", CompoundId, InDifficulty: true, CadenceDays: 7), At(Registered));
        _register.Register(new HouseholdDraft("h-003", CompoundId, InDifficulty: false), At(Registered));
    }

    [Fact]
    public void A_household_in_difficulty_is_visited_at_least_monthly_unless_its_cadence_is_set()
    {
        Assert.Equal(HouseholdDraft.DefaultCadenceDays, _register.Find("h-001").CadenceDays);
        Assert.Equal(7, _register.Find("h-002").CadenceDays);
        Assert.Null(_register.Find("h-003").CadenceDays);
    }

    [Fact]
    public void A_visit_is_due_a_cadence_after_the_last_visit_or_after_registration_before_the_first()
    {
        Assert.Equal(Registered.AddDays(30), _register.Find("h-001").DueAt);

        Record("h-001", VisitKind.InDifficulty, Registered.AddDays(20));

        var household = _register.Find("h-001");
        Assert.Equal(Registered.AddDays(50), household.DueAt);
        Assert.False(household.IsOverdue(Registered.AddDays(50)));
        Assert.True(household.IsOverdue(Registered.AddDays(50).AddMinutes(1)));
    }

    [Fact]
    public void Overdue_households_are_those_past_their_due_time_longest_overdue_first()
    {
        Record("h-001", VisitKind.InDifficulty, Registered.AddDays(1));

        Assert.Empty(_register.Overdue(Registered.AddDays(7)));
        Assert.Equal(["h-002"], _register.Overdue(Registered.AddDays(8)).Select(h => h.Reference));
        Assert.Equal(["h-002", "h-001"], _register.Overdue(Registered.AddDays(40)).Select(h => h.Reference));
    }

    [Fact]
    public void The_cadence_figure_counts_households_with_a_cadence_visited_within_it_and_overdue()
    {
        Record("h-001", VisitKind.InDifficulty, Registered.AddDays(1));
        Record("h-003", VisitKind.LongTimeResident, Registered.AddDays(1));

        var cadence = _register.Figures(Registered.AddDays(10)).Cadence;

        Assert.Equal(2, cadence.Households);
        Assert.Equal(1, cadence.VisitedWithin);
        Assert.Equal(1, cadence.Overdue);
        Assert.Equal(0.5, cadence.WithinShare);
    }

    [Fact]
    public void Ending_a_cadence_takes_the_household_out_of_the_cadence_figure()
    {
        _register.SetCadence("h-002", null);

        Assert.Equal(1, _register.Figures(Registered.AddDays(40)).Cadence.Households);
        Assert.Throws<DomainRuleException>(() => _register.SetCadence("h-001", 0));
    }

    [Fact]
    public void Visits_count_by_kind_in_the_china_month_they_were_made_and_are_numbered_within_it()
    {
        var first = Record("h-003", VisitKind.NewResident, Registered);
        var second = Record("h-001", VisitKind.InDifficulty, Registered.AddHours(1));

        Assert.Equal("visit-202306-0001", first.Id);
        Assert.Equal("visit-202306-0002", second.Id);
        var june = Assert.Single(_register.Months);
        Assert.Equal(202306, june.Key);
        Assert.Equal((1, 0, 1), (june.Value.NewResident, june.Value.LongTimeResident, june.Value.InDifficulty));
    }

    [Fact]
    public void The_month_counters_equal_a_recount_of_the_visits_kept()
    {
        var random = new Random(19);
        var kept = new List<DoorVisit>();
        for (var i = 0; i < 300; i++)
        {
            var reference = $"h-00{random.Next(1, 4)}";
            kept.Add(Record(reference, (VisitKind)random.Next(3), Registered.AddHours(random.Next(0, 24 * 200))));
        }

        var recount = new Dictionary<int, VisitMonth>();
        foreach (var visit in kept)
        {
            var month = ChinaTime.Month(visit.VisitedAt);
            recount[month] = recount.GetValueOrDefault(month) ?? new VisitMonth();
            recount[month].Count(visit.Kind);
        }

        var figures = _register.Figures(Registered.AddDays(200)).Visits;
        Assert.Equal(recount.Keys.Order(), figures.Keys);
        foreach (var (month, counts) in recount)
        {
            Assert.Equal((counts.NewResident, counts.LongTimeResident, counts.InDifficulty), (figures[month].NewResident, figures[month].LongTimeResident, figures[month].InDifficulty));
        }

        Assert.Equal(kept.Max(v => v.VisitedAt), _register.Households.Values.Max(h => h.LastVisitedAt));
    }

    [Fact]
    public void A_later_recorded_earlier_visit_does_not_move_the_last_visit_back()
    {
        Record("h-001", VisitKind.InDifficulty, Registered.AddDays(10));
        Record("h-001", VisitKind.InDifficulty, Registered.AddDays(5));

        Assert.Equal(Registered.AddDays(10), _register.Find("h-001").LastVisitedAt);
    }

    [Fact]
    public void Making_a_visit_changes_nothing_until_it_is_kept()
    {
        var changes = _register.Changes;

        var visit = _register.Visit(new VisitDraft("h-001", VisitKind.InDifficulty, "Fridge empty"), At(Registered), null);

        Assert.Equal(changes, _register.Changes);
        Assert.Empty(_register.Months);
        Assert.Null(_register.Find("h-001").LastVisitedAt);
        Assert.Equal(visit, _register.Visit(new VisitDraft("h-001", VisitKind.InDifficulty, "Fridge empty"), At(Registered), null));
    }

    [Theory]
    [InlineData("h-404", "Nobody home", "not on the register")]
    [InlineData("H 1", "Nobody home", "householdReference")]
    [InlineData("h-001", "  ", "findings")]
    public void A_visit_to_an_unknown_household_or_without_findings_is_refused(string reference, string findings, string message)
    {
        var refused = Assert.Throws<DomainRuleException>(() => _register.Visit(new VisitDraft(reference, VisitKind.LongTimeResident, findings), At(Registered), null));

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_household_is_registered_once_in_a_compound_of_its_community_with_a_cadence_only_if_in_difficulty()
    {
        Assert.Equal(RuleViolation.Conflict, Assert.Throws<DomainRuleException>(() => _register.Register(new HouseholdDraft("h-001", CompoundId, false), At(Registered))).Violation);
        Assert.Throws<DomainRuleException>(() => _register.Register(new HouseholdDraft("h-009", "xiamen.jimei.xinglin.ningbao.ningbao-shijia", false), At(Registered)));
        Assert.Throws<DomainRuleException>(() => _register.Register(new HouseholdDraft("h-009", CompoundId, false, CadenceDays: 14), At(Registered)));
        Assert.Throws<DomainRuleException>(() => _register.Register(new HouseholdDraft("h-009", CompoundId, true, CadenceDays: 400), At(Registered)));
    }

    private DoorVisit Record(string reference, VisitKind kind, DateTimeOffset at)
    {
        var visit = _register.Visit(new VisitDraft(reference, kind, "All well"), At(at), null);
        _register.Keep(visit);
        return visit;
    }
}
