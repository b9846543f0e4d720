using Microsoft.Extensions.Configuration;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Api.Dashboard.Overview;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Tests.Overview;

public sealed class AttentionTests
{
    [Fact]
    public void A_place_below_a_target_on_fewer_requests_than_the_minimum_is_not_listed_as_needing_attention()
    {
        var few = Place("x.few", (202611, 4, 0, 4, 4));
        var many = Place("x.many", (202611, 5, 2, 3, 5));

        var items = Attention.For(Place("x", (202611, 9, 2, 7, 9)), "x", [.. new[] { few, many }.Select(p => RankedPlace.Of(p, Year, "x"))], [], new RateTargets(), DateOnly.FromDateTime(Now.Date));

        Assert.Equal(["x.many"], items.Where(i => i.Kind == AttentionKind.PlaceBelowTarget).Select(i => i.Id));
        Assert.Throws<InvalidOperationException>(() => RateTargets.From(Configuration(("Dashboard:Targets:MinimumCounted", "0"))));
    }

    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.FromHours(8));
    private static readonly ReportPeriod Year = ReportPeriod.Of(ReportPeriod.ThisYear, Now);

    [Fact]
    public void A_period_sums_its_months_only_and_rates_them()
    {
        var place = Place("c", (202611, 10, 8, 2, 9), (202511, 100, 50, 50, 10));

        var figures = PeriodFigures.Of(place, Year);

        Assert.Equal(10, figures.Submitted);
        Assert.Equal(0.8, figures.Rate(Measure.Response));
        Assert.Equal(0.9, figures.Rate(Measure.Settle));
        Assert.Equal(30, RankedPlace.Change(figures, PeriodFigures.Of(place, Year.YearEarlier), Measure.Response));
    }

    [Fact]
    public void Targets_judge_met_near_and_below_and_refuse_a_value_outside_zero_to_one()
    {
        var targets = RateTargets.From(Configuration(("Dashboard:Targets:Response", "0.95")));

        Assert.Equal(Standing.Met, targets.Judge(Measure.Response, 0.95));
        Assert.Equal(Standing.Near, targets.Judge(Measure.Response, 0.9));
        Assert.Equal(Standing.Breached, targets.Judge(Measure.Response, 0.89));
        Assert.Equal(Standing.Met, targets.Judge(Measure.Settle, 0.9));
        Assert.Equal(Standing.NotCounted, targets.Judge(Measure.Satisfaction, null));
        var refused = Assert.Throws<InvalidOperationException>(() => RateTargets.From(Configuration(("Dashboard:Targets:Settle", "90"))));
        Assert.Contains("Dashboard:Targets:Settle", refused.Message);
    }

    [Fact]
    public void Needs_attention_lists_places_below_a_target_worst_first_requests_past_a_limit_at_their_desk_and_overdue_milestones_with_days()
    {
        var good = Place("x.good", (202611, 10, 10, 0, 10));
        var bad = Place("x.bad", (202611, 10, 5, 5, 10));
        var worse = Place("x.worse", (202611, 10, 1, 9, 10)) with { Requests = Requests(responseOverdue: 2, overdue: 1) };
        var plan = new Plan { Id = "x.bad.plan", Title = "Three-year plan" };
        plan.Milestones.Add(new Milestone { Id = "m1", Title = "Road resurfacing", Due = new DateOnly(2026, 11, 20) });
        plan.Milestones.Add(new Milestone { Id = "m2", Title = "Shelter", Due = new DateOnly(2026, 11, 1), State = MilestoneState.Done });

        var items = Attention.For(Place("x", (202611, 30, 16, 14, 30)), "x", [.. new[] { good, bad, worse }.Select(p => RankedPlace.Of(p, Year, "x"))], [plan], new RateTargets(), DateOnly.FromDateTime(Now.Date));

        Assert.Equal(["x.worse", "x.bad"], items.Where(i => i.Kind == AttentionKind.PlaceBelowTarget).Select(i => i.Id));
        var requests = Assert.Single(items, i => i.Kind == AttentionKind.RequestsPastLimit);
        Assert.Equal(("x.worse", "/desk?place=x"), (requests.Id, requests.Href));
        var milestone = Assert.Single(items, i => i.Kind == AttentionKind.MilestoneOverdue);
        Assert.Equal("/plans/x.bad.plan", milestone.Href);
        Assert.Contains("6", milestone.Detail);
    }

    [Fact]
    public void Needs_attention_lists_communities_with_visits_overdue_most_first_linking_to_their_visits_page()
    {
        var late = Place("x.late") with { Cadence = new VisitCadenceSummary(10, 7, 3, 0.7) };
        var later = Place("x.later") with { Cadence = new VisitCadenceSummary(10, 4, 5, 0.4) };
        var visited = Place("x.visited") with { Cadence = new VisitCadenceSummary(10, 10, 0, 1) };

        var items = Attention.For(Place("x") with { Kind = "subdistrict" }, "x", [.. new[] { late, later, visited }.Select(p => RankedPlace.Of(p, Year, "x"))], [], new RateTargets(), DateOnly.FromDateTime(Now.Date));

        var visits = items.Where(i => i.Kind == AttentionKind.VisitsOverdue).ToList();
        Assert.Equal(["x.later", "x.late"], visits.Select(i => i.Id));
        Assert.Equal("/communities/x.later/visits", visits[0].Href);
        Assert.StartsWith("5 ", visits[0].Detail, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static RequestSummary Requests(int responseOverdue, int overdue) =>
        RequestSummary.From(new RequestCounts { ResponseOverdue = responseOverdue, Overdue = overdue });

    /// <summary>A place with months of (submitted, answered in time, breached, settled).</summary>
    private static PlaceSummary Place(string id, params (int Month, int Submitted, int InTime, int Breached, int Settled)[] months)
    {
        var figures = new PlaceFigures { AsOf = Now };
        foreach (var (key, submitted, inTime, breached, settled) in months)
        {
            var month = figures.Month(key);
            month.Submitted = submitted;
            month.AnsweredInTime = inTime;
            month.Breached = breached;
            month.Settled = settled;
        }

        return PlaceSummary.From(id, id, "", "community", figures);
    }
}
