using System.Text.Json;
using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Tickets;
using static OrleansGovernance.Domain.Tests.Figures.FiguresScenario;
using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests.Figures;

public sealed class FiguresCalculatorTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private readonly PlaceFigures _compound =
        FiguresCalculator.ForCompound(Hualing(), HualingBranch(), AllTickets(), [HualingPlan(), DormitoryPlan()], 7, Now);

    [Fact]
    public void A_compound_counts_its_requests_exactly()
    {
        var r = _compound.Requests;

        Assert.Equal(10, r.Submitted);
        Assert.Equal(4, r.Open);
        Assert.Equal(8, r.Acknowledged);
        Assert.Equal(7, r.AcknowledgedWithinLimit);
        Assert.Equal(2, r.Breached);
        Assert.Equal(6, r.Claimed);
        Assert.Equal(4, r.Settled);
        Assert.Equal(1, r.Overdue);
        Assert.Equal(2, r.Escalated);
        Assert.Equal(1, r.Rejected);
        Assert.Equal(1, r.Duplicates);
        Assert.Equal(1, r.Reopened);
        Assert.Equal(28, r.MinutesToAcknowledgeTotal);
        Assert.Equal(76.5, r.HoursToSettleTotal);
    }

    [Fact]
    public void A_compound_s_means_are_the_totals_over_their_counts()
    {
        var summary = _compound.Requests;

        Assert.Equal(3.5, summary.MeanMinutesToAcknowledge);
        Assert.Equal(19.125, summary.MeanHoursToSettle);
    }

    [Fact]
    public void A_compound_counts_current_ratings_only_and_rates_the_top_three_levels_over_all_rated()
    {
        var s = _compound.Satisfaction;

        Assert.Equal(1, s.VerySatisfied);
        Assert.Equal(0, s.Satisfied);
        Assert.Equal(1, s.BasicallySatisfied);
        Assert.Equal(1, s.Dissatisfied);
        Assert.Equal(0, s.VeryDissatisfied);
        Assert.Equal(3, s.Rated);
        Assert.Equal(2, s.SatisfiedOrBetter);
        Assert.Equal(0.666667, s.Rate);
    }

    [Fact]
    public void A_compound_counts_plan_progress_by_weight_with_overdue_and_at_risk_milestones()
    {
        var p = _compound.Plans;

        Assert.Equal(2, p.Plans);
        Assert.Equal(6, p.Milestones);
        Assert.Equal(2, p.Done);
        Assert.Equal(1, p.Overdue);
        Assert.Equal(2, p.AtRisk);
        Assert.Equal(20, p.WeightTotal);
        Assert.Equal(6, p.WeightDone);
        Assert.Equal(0.3, p.Progress);
    }

    [Fact]
    public void A_compound_counts_its_organisation()
    {
        var o = _compound.Organisation;

        Assert.Equal(0, o.Communities);
        Assert.Equal(1, o.Compounds);
        Assert.Equal(1, o.CompoundBranches);
        Assert.Equal(2, o.AssignedCadres);
        Assert.Equal(0, o.SecretariesInService);
        Assert.Equal(1, o.SecretariesRetired);
        Assert.Equal(3, o.VanguardTeams);
        Assert.Equal(1, o.OwnersCommittees);
        Assert.Equal(7, o.OwnersCommitteeMembers);
        Assert.Equal(5, o.OwnersCommitteePartyMembers);
        Assert.Equal(1, o.DualSealCompounds);
        Assert.Equal(1, o.BookkeepingCompounds);
        Assert.Equal(1, o.ManagerDeputySecretaries);
        Assert.Equal(["chengfa-property"], o.PropertyCompanies);
        Assert.Equal(["instructor-1"], o.PartyInstructors);
    }

    [Fact]
    public void A_compound_without_branch_committee_or_property_service_counts_only_itself()
    {
        var bare = new CompoundProfile { Id = DormitoryId, Name = "Bare", NameZh = "空", CommunityId = CommunityId };

        var o = FiguresCalculator.ForCompound(bare, null, [], [], 1, Now).Organisation;

        Assert.Equal(1, o.Compounds);
        Assert.Equal(0, o.CompoundBranches);
        Assert.Equal(0, o.OwnersCommittees);
        Assert.Equal(0, o.ManagerDeputySecretaries);
        Assert.Empty(o.PropertyCompanies);
        Assert.Empty(o.PartyInstructors);
    }

    [Fact]
    public void A_compound_keeps_activity_all_time_and_per_year_in_china_time()
    {
        var a = _compound.Activity;
        Assert.Equal(10, a.Submitted);
        Assert.Equal(4, a.Settled);
        Assert.Equal(2, a.MilestonesDone);
        Assert.Equal(150, a.SurveyRespondents);
        Assert.Equal(125, a.SurveySatisfied);
        Assert.Equal(3, a.Ratings.Rated);

        Assert.Equal([2022, 2023, 2024], _compound.Years.Keys);
        Assert.Equal((100, 80, 0), (_compound.Years[2022].SurveyRespondents, _compound.Years[2022].SurveySatisfied, _compound.Years[2022].Submitted));
        Assert.Equal((50, 45, 1), (_compound.Years[2023].SurveyRespondents, _compound.Years[2023].SurveySatisfied, _compound.Years[2023].MilestonesDone));
        var year2024 = _compound.Years[2024];
        Assert.Equal((10, 4, 1, 3), (year2024.Submitted, year2024.Settled, year2024.MilestonesDone, year2024.Ratings.Rated));
    }

    [Fact]
    public void A_compound_carries_its_version_and_time()
    {
        Assert.Equal(7, _compound.Version);
        Assert.Equal(Now, _compound.AsOf);
    }

    [Fact]
    public void A_ticket_settled_late_on_new_year_s_eve_in_utc_counts_in_the_new_year_in_china()
    {
        var newYearInChina = new DateTimeOffset(2023, 12, 31, 16, 30, 0, TimeSpan.Zero);
        var ticket = NewTicket(newYearInChina.AddDays(-1));
        ticket.Acknowledge(At(ticket.SubmittedAt.AddMinutes(1)));
        ticket.Claim(ClaimingParty.Branch, "Secretary Wang", At(ticket.SubmittedAt.AddMinutes(2)));
        ticket.Settle(At(newYearInChina));

        var figures = FiguresCalculator.ForCompound(Hualing(), null, [ticket.Facts], [], 1, newYearInChina);

        Assert.Equal(1, figures.Years[2023].Submitted);
        Assert.Equal(1, figures.Years[2024].Settled);
        Assert.Equal(0, figures.Years[2023].Settled);
    }

    [Fact]
    public void The_sum_of_two_compounds_equals_the_figures_over_their_union()
    {
        var hualing = FiguresCalculator.ForCompound(Hualing(), HualingBranch(), HualingTickets(), [HualingPlan()], 3, Now);
        var dormitory = FiguresCalculator.ForCompound(Dormitory(), null, DormitoryTickets(), [DormitoryPlan()], 4, Now);
        var union = FiguresCalculator.ForCompound(Hualing(), HualingBranch(), AllTickets(), [HualingPlan(), DormitoryPlan()], 0, Now);

        var sum = PlaceFigures.Sum([hualing, dormitory], Now);

        Assert.Equal(Json(union.Requests), Json(sum.Requests));
        Assert.Equal(Json(union.Satisfaction), Json(sum.Satisfaction));
        Assert.Equal(Json(union.Plans), Json(sum.Plans));
        Assert.Equal(Json(union.Activity), Json(sum.Activity));
        Assert.Equal(Json(union.Years), Json(sum.Years));
        Assert.Equal(Json(union.Hourly), Json(sum.Hourly));
        Assert.Equal(Json(union.Daily), Json(sum.Daily));
        Assert.Equal(Json(union.Weekly), Json(sum.Weekly));
        Assert.Equal(10, sum.Requests.Submitted);
        Assert.Equal(6, sum.Hourly.Buckets.Sum(b => b.Submitted));
        Assert.Equal(7, sum.Version);
        Assert.Equal(Now, sum.AsOf);
    }

    [Fact]
    public void Summing_adds_organisation_counts_and_unites_companies_and_instructors()
    {
        var hualing = FiguresCalculator.ForCompound(Hualing(), HualingBranch(), [], [], 1, Now);
        var dormitory = FiguresCalculator.ForCompound(Dormitory(), null, [], [], 1, Now);

        var o = PlaceFigures.Sum([hualing, dormitory], Now).Organisation;

        Assert.Equal(2, o.Compounds);
        Assert.Equal(1, o.CompoundBranches);
        Assert.Equal(1, o.OwnersCommittees);
        Assert.Equal(7, o.OwnersCommitteeMembers);
        Assert.Equal(["chengfa-property"], o.PropertyCompanies);
        Assert.Equal(["instructor-1", "instructor-2"], o.PartyInstructors);
    }

    [Fact]
    public void Summing_adds_flow_buckets_bucket_by_bucket()
    {
        var hualing = FiguresCalculator.ForCompound(Hualing(), null, HualingTickets(), [], 1, Now);
        var dormitory = FiguresCalculator.ForCompound(Dormitory(), null, DormitoryTickets(), [], 1, Now);
        var today = ChinaTime.StartOfDay(Now).ToUnixTimeSeconds();

        var sum = PlaceFigures.Sum([hualing, dormitory], Now);

        Assert.Equal((4, 2), (hualing.Daily.At(today).Submitted, hualing.Daily.At(today).Settled));
        Assert.Equal((2, 1), (dormitory.Daily.At(today).Submitted, dormitory.Daily.At(today).Settled));
        Assert.Equal((6, 3), (sum.Daily.At(today).Submitted, sum.Daily.At(today).Settled));
    }

    [Fact]
    public void Summing_keeps_the_latest_time_of_its_parts()
    {
        var earlier = FiguresCalculator.ForCompound(Dormitory(), null, [], [], 1, Now.AddMinutes(-5));
        var later = FiguresCalculator.ForCompound(Hualing(), null, [], [], 1, Now.AddMinutes(5));

        Assert.Equal(Now.AddMinutes(5), PlaceFigures.Sum([earlier, later], Now).AsOf);
    }

    [Fact]
    public void A_community_adds_its_meetings_and_lists_per_year_to_the_sum_of_its_compounds()
    {
        var hualing = FiguresCalculator.ForCompound(Hualing(), HualingBranch(), HualingTickets(), [HualingPlan()], 3, Now);
        var dormitory = FiguresCalculator.ForCompound(Dormitory(), null, DormitoryTickets(), [DormitoryPlan()], 4, Now);
        var meetings = Enumerable.Range(1, 6)
            .Select(month => Meeting(MeetingKind.JointMeeting, new DateTimeOffset(2023, month * 2, 10, 2, 0, 0, TimeSpan.Zero), matters: 2))
            .Append(Meeting(MeetingKind.CouncilMeeting, new DateTimeOffset(2023, 12, 31, 16, 0, 0, TimeSpan.Zero), matters: 1))
            .ToList();

        var community = FiguresCalculator.ForCommunity(Lists(), meetings, [hualing, dormitory], 5, Now);

        Assert.Equal(1, community.Organisation.Communities);
        Assert.Equal(2, community.Organisation.Compounds);
        Assert.Equal(10, community.Requests.Submitted);
        Assert.Equal(12, community.Version);
        Assert.Equal((6, 1, 13), (community.Activity.JointMeetings, community.Activity.CouncilMeetings, community.Activity.AgreedMatters));
        Assert.Equal((2, 2, 2), (community.Activity.ResourcesListed, community.Activity.DemandsCollected, community.Activity.DemandsClaimed));
        var y2023 = community.Years[2023];
        Assert.Equal((6, 0, 12), (y2023.JointMeetings, y2023.CouncilMeetings, y2023.AgreedMatters));
        Assert.Equal((1, 1, 1), (y2023.ResourcesListed, y2023.DemandsCollected, y2023.DemandsClaimed));
        var y2024 = community.Years[2024];
        Assert.Equal((0, 1, 1), (y2024.JointMeetings, y2024.CouncilMeetings, y2024.AgreedMatters));
        Assert.Equal((1, 1, 1), (y2024.ResourcesListed, y2024.DemandsCollected, y2024.DemandsClaimed));
        Assert.Equal(10, y2024.Submitted);
    }

    [Fact]
    public void Throughput_has_48_hourly_30_daily_and_26_weekly_points_oldest_first()
    {
        var throughput = Throughput.Of(_compound);

        AssertSeries(throughput.Hourly, 48, TimeSpan.FromHours(1), new DateTimeOffset(2024, 3, 20, 12, 0, 0, China));
        AssertSeries(throughput.Daily, 30, TimeSpan.FromDays(1), new DateTimeOffset(2024, 3, 20, 0, 0, 0, China));
        AssertSeries(throughput.Weekly, 26, TimeSpan.FromDays(7), new DateTimeOffset(2024, 3, 18, 0, 0, 0, China));
        Assert.All(throughput.Weekly, p => Assert.Equal(DayOfWeek.Monday, p.Start.DayOfWeek));
    }

    [Fact]
    public void Throughput_counts_each_request_in_the_buckets_of_its_submission_and_settlement()
    {
        var throughput = Throughput.Of(_compound);

        Assert.Equal((6, 4), (throughput.Hourly.Sum(p => p.Submitted), throughput.Hourly.Sum(p => p.Settled)));
        Assert.Equal((10, 4), (throughput.Daily.Sum(p => p.Submitted), throughput.Daily.Sum(p => p.Settled)));
        Assert.Equal((10, 4), (throughput.Weekly.Sum(p => p.Submitted), throughput.Weekly.Sum(p => p.Settled)));
        Assert.Equal(new ThroughputPoint(new DateTimeOffset(2024, 3, 20, 11, 0, 0, China), 2, 2), throughput.Hourly[46]);
        Assert.Equal(new ThroughputPoint(new DateTimeOffset(2024, 3, 20, 12, 0, 0, China), 0, 0), throughput.Hourly[47]);
        Assert.Equal(new ThroughputPoint(new DateTimeOffset(2024, 3, 20, 0, 0, 0, China), 6, 3), throughput.Daily[29]);
    }

    [Fact]
    public void A_ticket_submitted_49_hours_ago_is_outside_the_hourly_window_but_inside_the_daily_one()
    {
        var figures = FiguresCalculator.ForCompound(Hualing(), null, [NewTicket(Now.AddHours(-49)).Facts], [], 1, Now);

        var throughput = Throughput.Of(figures);

        Assert.All(throughput.Hourly, p => Assert.Equal(0, p.Submitted));
        Assert.Equal(new ThroughputPoint(new DateTimeOffset(2024, 3, 18, 0, 0, 0, China), 1, 0), throughput.Daily[27]);
        Assert.Equal(1, throughput.Daily.Sum(p => p.Submitted));
    }

    [Fact]
    public void A_ticket_submitted_47_hours_ago_falls_in_the_oldest_hourly_point()
    {
        var figures = FiguresCalculator.ForCompound(Hualing(), null, [NewTicket(Now.AddHours(-47)).Facts], [], 1, Now);

        var throughput = Throughput.Of(figures);

        Assert.Equal(1, throughput.Hourly[0].Submitted);
        Assert.Equal(1, throughput.Hourly.Sum(p => p.Submitted));
    }

    [Fact]
    public void A_ticket_submitted_30_days_ago_is_outside_the_daily_window_but_inside_the_weekly_one()
    {
        var figures = FiguresCalculator.ForCompound(Hualing(), null, [NewTicket(Now.AddDays(-30)).Facts], [], 1, Now);

        var throughput = Throughput.Of(figures);

        Assert.All(throughput.Daily, p => Assert.Equal(0, p.Submitted));
        Assert.Equal(1, throughput.Weekly.Sum(p => p.Submitted));
    }

    [Fact]
    public void An_iso_week_starts_on_monday_in_china_time()
    {
        var mondayMorning = new DateTimeOffset(2024, 1, 8, 1, 0, 0, TimeSpan.Zero);
        var justAfterMidnightMonday = NewTicket(new DateTimeOffset(2024, 1, 7, 16, 30, 0, TimeSpan.Zero), "t-1").Facts;
        var justBeforeMidnightSunday = NewTicket(new DateTimeOffset(2024, 1, 7, 15, 30, 0, TimeSpan.Zero), "t-2").Facts;
        var figures = FiguresCalculator.ForCompound(Hualing(), null, [justAfterMidnightMonday, justBeforeMidnightSunday], [], 1, mondayMorning);

        var weekly = Throughput.Of(figures).Weekly;

        Assert.Equal(new ThroughputPoint(new DateTimeOffset(2024, 1, 8, 0, 0, 0, China), 1, 0), weekly[^1]);
        Assert.Equal(new ThroughputPoint(new DateTimeOffset(2024, 1, 1, 0, 0, 0, China), 1, 0), weekly[^2]);
    }

    private static void AssertSeries(IReadOnlyList<ThroughputPoint> points, int count, TimeSpan step, DateTimeOffset last)
    {
        Assert.Equal(count, points.Count);
        Assert.Equal(last, points[^1].Start);
        Assert.Equal(last - (step * (count - 1)), points[0].Start);
        for (var i = 1; i < points.Count; i++)
        {
            Assert.Equal(step, points[i].Start - points[i - 1].Start);
        }

        Assert.All(points, p => Assert.Equal(China, p.Start.Offset));
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private static Meeting Meeting(MeetingKind kind, DateTimeOffset heldAt, int matters) => new(
        $"m-{heldAt.ToUnixTimeSeconds()}", kind, $"{kind} on the three lists", heldAt, ["Secretary Wang"], [],
        [.. Enumerable.Range(1, matters).Select(i => new AgreedMatter($"Matter {i}", "Agreed", []))], "Secretary Wang", false);

    /// <summary>One resource, demand and claim in 2023 and one of each in 2024, counted in China time.</summary>
    private static ThreeLists Lists()
    {
        var lists = new ThreeLists();
        lists.ListResource("lunch-delivery", new ResourceDraft("Weekday lunch delivery", "Home-care station"), At(new DateTimeOffset(2023, 3, 1, 2, 0, 0, TimeSpan.Zero)));
        lists.ListResource("haircuts", new ResourceDraft("Free haircuts", "Vanguard team"), At(new DateTimeOffset(2024, 1, 10, 2, 0, 0, TimeSpan.Zero)));
        lists.CollectDemand("lunch-for-elder", new DemandDraft("Lunch for a resident over 80", DemandChannel.HappinessMailbox, null), At(new DateTimeOffset(2023, 3, 31, 17, 0, 0, TimeSpan.Zero)));
        lists.CollectDemand("haircut-for-elder", new DemandDraft("Haircut at home", DemandChannel.Visit, null), At(new DateTimeOffset(2023, 12, 31, 16, 30, 0, TimeSpan.Zero)));
        lists.Claim("claim-1", new ClaimDraft("lunch-for-elder", "lunch-delivery", null), At(new DateTimeOffset(2023, 5, 1, 2, 0, 0, TimeSpan.Zero)));
        lists.Claim("claim-2", new ClaimDraft("haircut-for-elder", "haircuts", null), At(new DateTimeOffset(2024, 2, 1, 2, 0, 0, TimeSpan.Zero)));
        return lists;
    }
}
