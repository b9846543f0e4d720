using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Domain.Figures;

using OrleansGovernance.Domain.Tests.Figures;

namespace OrleansGovernance.Api.Tests;

public sealed class PlaceSummaryTests
{
    private static readonly DateTimeOffset Now = FiguresScenario.Now;

    [Fact]
    public void Every_rate_and_mean_is_null_while_nothing_is_counted()
    {
        var summary = Summarise(new PlaceFigures { AsOf = Now });

        Assert.Equal(new CoverageRates(null, null, null, null), summary.Coverage);
        Assert.Null(summary.Requests.AcknowledgedWithinLimitRate);
        Assert.Null(summary.Requests.MeanMinutesToAcknowledge);
        Assert.Null(summary.Requests.MeanHoursToSettle);
        Assert.Null(summary.Satisfaction.Rate);
        Assert.Null(summary.Plans.Progress);
        Assert.Null(summary.PropertySurvey);
        Assert.Empty(summary.Years);
    }

    [Fact]
    public void Rates_are_fractions_of_their_own_denominators()
    {
        var figures = new PlaceFigures { AsOf = Now };
        figures.Organisation.Compounds = 7;
        figures.Organisation.CompoundBranches = 7;
        figures.Organisation.OwnersCommittees = 1;
        figures.Organisation.OwnersCommitteeMembers = 7;
        figures.Organisation.OwnersCommitteePartyMembers = 5;
        figures.Organisation.ManagerDeputySecretaries = 7;
        figures.Requests.AcknowledgedWithinLimit = 7;
        figures.Requests.Breached = 2;
        figures.Satisfaction.VerySatisfied = 8;
        figures.Satisfaction.BasicallySatisfied = 1;
        figures.Satisfaction.VeryDissatisfied = 1;
        figures.Plans.WeightTotal = 20;
        figures.Plans.WeightDone = 6;

        var summary = Summarise(figures);

        Assert.Equal(new CoverageRates(1, 0.142857, 0.714286, 1), summary.Coverage);
        Assert.Equal(0.777778, summary.Requests.AcknowledgedWithinLimitRate);
        Assert.Equal(0.9, summary.Satisfaction.Rate);
        Assert.Equal(new SatisfactionLevels(8, 0, 1, 0, 1), summary.Satisfaction.Levels);
        Assert.Equal(10, summary.Satisfaction.Rated);
        Assert.Equal(0.3, summary.Plans.Progress);
    }

    [Fact]
    public void Every_rate_of_a_real_compound_lies_between_zero_and_one()
    {
        var figures = FiguresCalculator.ForCompound(
            FiguresScenario.Hualing(), FiguresScenario.HualingBranch(), FiguresScenario.AllTickets(),
            [FiguresScenario.HualingPlan(), FiguresScenario.DormitoryPlan()], 7, Now);

        var summary = Summarise(figures);

        double?[] rates =
        [
            summary.Coverage.BranchCoverage, summary.Coverage.CommitteeCoverage, summary.Coverage.CommitteePartyShare,
            summary.Coverage.ManagerDeputyShare, summary.Requests.AcknowledgedWithinLimitRate, summary.Satisfaction.Rate,
            summary.Plans.Progress, summary.PropertySurvey?.Rate,
        ];
        Assert.All(rates, rate => Assert.InRange(Assert.NotNull(rate), 0, 1));
        Assert.Equal(0.714286, summary.Coverage.CommitteePartyShare);
        Assert.Equal(0.777778, summary.Requests.AcknowledgedWithinLimitRate);
    }

    [Fact]
    public void A_month_gives_the_three_rates_of_the_requests_filed_in_it_and_its_categories_as_the_api_spells_them()
    {
        var figures = new PlaceFigures { AsOf = Now };
        var month = figures.Month(202611);
        month.Submitted = 10;
        month.AnsweredInTime = 6;
        month.Breached = 2;
        month.Settled = 8;
        month.Ratings.Satisfied = 3;
        month.Ratings.Dissatisfied = 1;
        month.Count(OrleansGovernance.Domain.Tickets.TicketCategory.EbikeInLift, 10);
        figures.Requests.Submitted = 10;
        figures.Requests.Settled = 8;

        var summary = Summarise(figures);

        var november = summary.Months[202611];
        Assert.Equal(0.75, november.AnsweredInTimeRate);
        Assert.Equal(0.8, november.SettleRate);
        Assert.Equal(0.75, november.Satisfaction.Rate);
        Assert.Equal(10, november.Categories["ebikeInLift"]);
        Assert.Equal(0.8, summary.Requests.SettleRate);
    }

    [Fact]
    public void The_property_survey_shown_is_the_latest_year_that_has_one()
    {
        var figures = new PlaceFigures { AsOf = Now };
        figures.Year(2022).SurveyRespondents = 100;
        figures.Year(2022).SurveySatisfied = 80;
        figures.Year(2023).SurveyRespondents = 50;
        figures.Year(2023).SurveySatisfied = 45;
        figures.Year(2024).Submitted = 3;

        var summary = Summarise(figures);

        Assert.Equal(new SurveySummary(2023, 50, 45, 0.9), summary.PropertySurvey);
        Assert.Equal(new SurveySummary(2022, 100, 80, 0.8), summary.Years[2022].PropertySurvey);
        Assert.Null(summary.Years[2024].PropertySurvey);
    }

    [Fact]
    public void Organisation_figures_sit_at_the_top_level_with_companies_and_instructors_counted_once()
    {
        var figures = new PlaceFigures { AsOf = Now, Version = 9 };
        figures.Organisation.Communities = 1;
        figures.Organisation.Compounds = 3;
        figures.Organisation.Add(new OrganisationCounts { PropertyCompanies = ["chengfa-property", "vanke-service"] });
        figures.Organisation.Add(new OrganisationCounts { PropertyCompanies = ["chengfa-property"], PartyInstructors = ["instructor-1"] });

        var summary = PlaceSummary.From("xiamen.jimei.xinglin.fangzhi", "Fangzhi", "纺织社区", "community", figures);

        Assert.Equal(("xiamen.jimei.xinglin.fangzhi", "Fangzhi", "纺织社区", "community"), (summary.Id, summary.Name, summary.NameZh, summary.Kind));
        Assert.Equal((1, 3), (summary.Communities, summary.Compounds));
        Assert.Equal(2, summary.PropertyCompanies);
        Assert.Equal(1, summary.PartyInstructors);
        Assert.Equal((Now, 9L), (summary.AsOf, summary.Version));
    }

    [Fact]
    public void Meetings_held_are_joint_and_council_meetings_together()
    {
        var figures = new PlaceFigures { AsOf = Now };
        figures.Activity.JointMeetings = 6;
        figures.Activity.CouncilMeetings = 2;
        figures.Activity.AgreedMatters = 12;
        figures.Activity.DemandsClaimed = 19;
        figures.Activity.ResourcesListed = 18;

        var meetings = Summarise(figures).Meetings;

        Assert.Equal(new MeetingSummary(8, 6, 2, 12, 0, 19, 18, CouncilSummary.From(new CouncilCounts())), meetings);
    }

    [Fact]
    public void A_year_summary_reports_that_year_s_activity_and_satisfaction()
    {
        var figures = new PlaceFigures { AsOf = Now };
        var year = figures.Year(2023);
        year.JointMeetings = 6;
        year.AgreedMatters = 12;
        year.Settled = 23;
        year.Ratings.Satisfied = 3;
        year.Ratings.Dissatisfied = 1;

        var summary = Summarise(figures).Years[2023];

        Assert.Equal((6, 12, 23), (summary.JointMeetings, summary.AgreedMatters, summary.Settled));
        Assert.Equal(new SatisfactionSummary(4, 0.75, new SatisfactionLevels(0, 3, 0, 1, 0)), summary.Satisfaction);
    }

    [Fact]
    public void Service_days_and_deliveries_are_shown_per_month_and_summed_per_year()
    {
        var figures = new PlaceFigures { AsOf = Now };
        figures.ServiceDayMonth(202511).Held = 11;
        figures.ServiceDayMonth(202511).ResidentsServed = 700;
        figures.ServiceDayMonth(202512).Held = 10;
        figures.ServiceDayMonth(202512).Missed = 1;
        figures.ServiceDayMonth(202601).Scheduled = 11;
        figures.DeliveryMonth(202512).Due = 22;
        figures.DeliveryMonth(202512).Delivered = 21;
        figures.DeliveryMonth(202512).Missed = 1;

        var summary = Summarise(figures);

        Assert.Equal(new ServiceDayCounts(0, 10, 1, 0, 0, 0), summary.ServiceDays.Months[202512]);
        Assert.Equal(new ServiceDayCounts(0, 21, 1, 700, 0, 0), summary.ServiceDays.Years[2025]);
        Assert.Equal(new ServiceDayCounts(11, 0, 0, 0, 0, 0), summary.ServiceDays.Years[2026]);
        var year = summary.Deliveries.Years[2025];
        Assert.Equal((22, 21, 1), (year.Due, year.Delivered, year.Missed));
        Assert.Equal(Math.Round(21.0 / 22, 6), summary.Deliveries.Months[202512].DeliveredRate);
    }

    private static PlaceSummary Summarise(PlaceFigures figures) => PlaceSummary.From("xiamen", "Xiamen", "厦门市", "city", figures);
}
