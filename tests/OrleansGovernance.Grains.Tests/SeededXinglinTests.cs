using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Ledger;
using OrleansGovernance.Domain.Seals;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Silo.Seeding;

namespace OrleansGovernance.Grains.Tests;

/// <summary>The seeded platform reproduces every figure of DOMAIN.md (the Xinglin report of 2023).</summary>
public sealed class SeededXinglinTests(SeededXinglinFixture xinglin) : IClassFixture<SeededXinglinFixture>
{
    private const string Xinglin = "xiamen.jimei.xinglin";

    [Fact]
    public async Task Xinglin_summary_equals_the_reported_organisation_figures()
    {
        var s = await Summary<IRegionGrain>(Xinglin);

        Assert.Equal(11, s.Communities);
        Assert.Equal(97, s.CompoundBranches);
        Assert.Equal(49, s.AssignedCadres);
        Assert.Equal((17, 7), (s.SecretariesInService, s.SecretariesRetired));
        Assert.Equal(68, s.VanguardTeams);
        Assert.Equal(35, s.OwnersCommittees);
        Assert.Equal(41, s.OwnersCommitteePartyMembers);
        Assert.Equal(3, s.DualSealCompounds);
        Assert.Equal(25, s.BookkeepingCompounds);
        Assert.Equal((9, 37), (s.PartyInstructors, s.PropertyCompanies));
        Assert.Equal(16, s.ManagerDeputySecretaries);
    }

    [Fact]
    public async Task The_city_and_district_hold_exactly_what_Xinglin_holds()
    {
        var xinglin = await Summary<IRegionGrain>(Xinglin);

        foreach (var above in new[] { "xiamen", "xiamen.jimei" })
        {
            var s = await Summary<IRegionGrain>(above);
            Assert.Equal(
                (xinglin.Communities, xinglin.Compounds, xinglin.CompoundBranches, xinglin.OwnersCommitteePartyMembers, xinglin.Requests.Submitted, xinglin.Plans.Milestones),
                (s.Communities, s.Compounds, s.CompoundBranches, s.OwnersCommitteePartyMembers, s.Requests.Submitted, s.Plans.Milestones));
        }
    }

    [Fact]
    public async Task Ningbao_2023_shows_the_reported_meetings_matters_requests_lists_and_survey()
    {
        var ningbao = await Summary<ICommunityGrain>(ReportYearActivity.Ningbao);
        var year = ningbao.Years[2023];

        Assert.Equal((6, 12, 23), (year.JointMeetings, year.AgreedMatters, year.Settled));
        Assert.Equal((18, 19), (year.ResourcesListed, year.DemandsClaimed));
        Assert.Equal(0.9, year.PropertySurvey!.Rate);
    }

    [Fact]
    public async Task Ningbao_Shijia_committee_has_seven_members_five_of_them_party_members()
    {
        var shijia = await Summary<ICompoundGrain>(ReportYearActivity.NingbaoShijia);

        Assert.Equal((7, 5), (shijia.OwnersCommitteeMembers, shijia.OwnersCommitteePartyMembers));
        Assert.Equal(0.714286, shijia.Coverage.CommitteePartyShare);
    }

    [Fact]
    public async Task Lianting_has_seven_compounds_all_with_branches_and_manager_deputies_and_its_west_gate_settled_by_the_council()
    {
        var lianting = await Summary<ICommunityGrain>(ReportYearActivity.Lianting);

        Assert.Equal((7, 7, 7), (lianting.Compounds, lianting.CompoundBranches, lianting.ManagerDeputySecretaries));
        Assert.Equal(1.0, lianting.Coverage.BranchCoverage);
        Assert.Equal((1, 1, 1), (lianting.Years[2023].CouncilMeetings, lianting.Years[2023].AgreedMatters, lianting.Years[2023].Settled));
    }

    [Fact]
    public async Task Hualing_Garden_plan_has_the_four_reported_milestones_to_2026()
    {
        var plan = await xinglin.Client.GetGrain<IPlanGrain>(PlanSeeds.HualingPlanId).Get();

        Assert.Equal(
            [MilestoneKind.Security, MilestoneKind.Shelter, MilestoneKind.Roadwork, MilestoneKind.ServiceHome],
            plan.Milestones.Select(m => m.Kind));
        Assert.Equal(new DateOnly(2026, 12, 31), plan.PeriodEnd);
        Assert.Equal(4, plan.Parties.Count);
        Assert.Contains(PlanSeeds.HualingPlanId, (await xinglin.Client.GetGrain<ICompoundGrain>(ReportYearActivity.HualingGarden).GetProfile()).Plans);
    }

    [Fact]
    public async Task The_synthetic_history_runs_from_2024_to_the_seed_day()
    {
        var s = await Summary<IRegionGrain>(Xinglin);

        Assert.True(s.Years[2024].Submitted > 0 && s.Years[2026].Submitted > 0);
        Assert.DoesNotContain(s.Years.Keys, year => year > 2026);
        Assert.True(s.Satisfaction.Rated > 0 && s.Plans.Done > 0 && s.Meetings.Held > 6);
    }

    [Fact]
    public async Task The_25_bookkeeping_compounds_have_balanced_ledgers_and_the_3_dual_seal_compounds_a_seal_log()
    {
        var file = SeedFile.LoadEmbedded();
        var compounds = file.Communities.SelectMany(c => c.Compounds).ToList();
        var ledgers = new List<Ledger>();
        foreach (var compound in compounds.Where(c => c.Bookkeeping))
        {
            ledgers.Add(await xinglin.Client.GetGrain<ILedgerGrain>(compound.Id).Get());
        }

        Assert.Equal(25, ledgers.Count);
        foreach (var ledger in ledgers)
        {
            // Balanced: no month closes below zero, and the year-end balances carry into the ledger's balance.
            Assert.NotEmpty(ledger.Entries);
            Assert.All(LedgerPeriods.Months(ledger), month => Assert.True(month.Closing >= Money.Zero, $"{ledger.CompoundId} {month.Period} closes at {month.Closing}"));
            Assert.Equal(ledger.Balance, LedgerPeriods.Years(ledger)[^1].Closing);
        }

        var registers = new List<SealRegister>();
        foreach (var compound in compounds.Where(c => c.DualSeal))
        {
            registers.Add(await xinglin.Client.GetGrain<ISealRegisterGrain>(compound.Id).Get());
        }

        Assert.Equal(3, registers.Count);
        Assert.All(registers, r => Assert.Contains(r.Requests, q => q.Status == SealRequestStatus.Used));

        var funds = (await Summary<IRegionGrain>(Xinglin)).Funds;
        Assert.Equal((25, 3), (funds.LedgerCompounds, funds.SealCompounds));
        Assert.Equal(ledgers.Sum(l => l.Balance.Yuan), funds.Balance);
        Assert.Equal(registers.Sum(r => r.Requests.Count), funds.SealRequests);
    }

    [Fact]
    public async Task Seeding_again_changes_no_figure()
    {
        var before = await Summary<IRegionGrain>(Xinglin);

        await xinglin.Seed();
        await xinglin.Settled();

        var after = await Summary<IRegionGrain>(Xinglin);
        Assert.Equal(
            (before.Compounds, before.Requests.Submitted, before.Requests.Settled, before.Meetings.Held, before.Meetings.DemandsClaimed, before.Plans.Plans, before.Plans.Done, before.Funds),
            (after.Compounds, after.Requests.Submitted, after.Requests.Settled, after.Meetings.Held, after.Meetings.DemandsClaimed, after.Plans.Plans, after.Plans.Done, after.Funds));
    }

    [Fact]
    public async Task The_seeded_history_is_the_same_on_every_run()
    {
        var file = SeedFile.LoadEmbedded();

        var first = XinglinSeeder.Build(file, xinglin.Options, SeededXinglinFixture.Until);
        var second = XinglinSeeder.Build(file, xinglin.Options, SeededXinglinFixture.Until);

        Assert.Equal(first.Tickets.Select(t => (t.Id, t.Status, t.Version)), second.Tickets.Select(t => (t.Id, t.Status, t.Version)));
        Assert.Equal(first.Plans.Select(p => (p.Id, p.Version)), second.Plans.Select(p => (p.Id, p.Version)));
        Assert.Equal(first.Ledgers.Select(l => (l.CompoundId, l.Version, l.Balance)), second.Ledgers.Select(l => (l.CompoundId, l.Version, l.Balance)));
        Assert.Equal(first.Seals.Select(r => (r.CompoundId, r.Version)), second.Seals.Select(r => (r.CompoundId, r.Version)));
    }

    [Fact]
    public async Task Fangzhi_door_visits_by_month_equal_a_recount_of_its_visit_logs_and_reach_Xinglin()
    {
        var fangzhi = await Summary<ICommunityGrain>(VisitSeeds.Community);
        var households = await xinglin.Client.GetGrain<IHouseholdRegisterGrain>(VisitSeeds.Community).GetHouseholds();

        foreach (var (month, counts) in fangzhi.Visits)
        {
            var visits = await VisitLogs.Of(xinglin.Client, VisitSeeds.Community, month).GetVisits();
            Assert.Equal(
                (visits.Count(v => v.Kind == Domain.Visits.VisitKind.NewResident), visits.Count(v => v.Kind == Domain.Visits.VisitKind.LongTimeResident), visits.Count(v => v.Kind == Domain.Visits.VisitKind.InDifficulty)),
                (counts.NewResident, counts.LongTimeResident, counts.InDifficulty));
            Assert.All(visits, v => Assert.True(v.Synthetic));
        }

        Assert.Equal(12, fangzhi.Cadence.Households);
        Assert.Contains(households, h => h.Reference == VisitSeeds.Overdue && h.IsOverdue(DateTimeOffset.UtcNow));
        Assert.True(fangzhi.Cadence.Overdue >= 1);
        var subdistrict = await Summary<IRegionGrain>(Xinglin);
        Assert.Equal(fangzhi.Visits.Values.Sum(m => m.Total), subdistrict.Visits.Values.Sum(m => m.Total));
    }

    private async Task<PlaceSummary> Summary<TGrain>(string id)
        where TGrain : IGrainWithStringKey
    {
        var grain = xinglin.Client.GetGrain<TGrain>(id);
        var report = grain switch
        {
            IRegionGrain region => await region.GetReport(),
            ICommunityGrain community => await community.GetReport(),
            ICompoundGrain compound => await compound.GetReport(),
            _ => throw new ArgumentException($"{typeof(TGrain).Name} has no summary"),
        };
        return report.ToSummary();
    }
}
