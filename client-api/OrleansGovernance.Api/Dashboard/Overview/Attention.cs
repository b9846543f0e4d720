using System.Globalization;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Dashboard.Overview;

/// <summary>
/// Builds the needs-attention list of a place: the places ranked below it that breach a target in the period, the
/// milestones past due (of its own plans where they are few enough to list, else the places holding them) and the
/// requests past either limit now, the communities whose last month passed without a service day and the deliveries
/// of recurring services missed this month, each linking to where it is dealt with.
/// </summary>
public static class Attention
{
    /// <summary>More lines than this per kind hide the list's point; the ranking below holds the rest.</summary>
    public const int PerKind = 8;

    public static IReadOnlyList<AttentionItem> For(
        PlaceSummary place, string? placeDesk, IReadOnlyList<RankedPlace> ranked, IReadOnlyList<Plan> plans, RateTargets targets, DateOnly today)
    {
        List<AttentionItem> items = [];
        items.AddRange(Take(BelowTarget(ranked, targets)));
        items.AddRange(Take(plans.Count > 0 ? Milestones(plans, today) : PlacesWithOverdueMilestones(ranked)));
        items.AddRange(Take(PastLimit(place, placeDesk, ranked)));
        items.AddRange(Take(VisitsOverdue(place, ranked)));
        IReadOnlyList<PlaceSummary> communities = place.Kind == "community" ? [place] : [.. ranked.Select(row => row.Place)];
        items.AddRange(Take(ServiceDaysMissed(communities, today)));
        items.AddRange(Take(DeliveriesMissed(communities, today)));
        return items;
    }

    private static IEnumerable<AttentionItem> Take(IEnumerable<AttentionItem> items) =>
        items.OrderByDescending(item => item.Weight).ThenBy(item => item.Id, StringComparer.Ordinal).Take(PerKind);

    private static IEnumerable<AttentionItem> BelowTarget(IReadOnlyList<RankedPlace> ranked, RateTargets targets)
    {
        foreach (var row in ranked)
        {
            var breached = Enum.GetValues<Measure>()
                .Select(measure => (Measure: measure, Rate: row.Now.Rate(measure)))
                .Where(m => targets.Flags(m.Measure, row.Now))
                .ToList();
            if (breached.Count == 0)
            {
                continue;
            }

            var detail = string.Join("; ", breached.Select(m =>
                $"{Texts.T(Label(m.Measure))} {Show.Percent(m.Rate)} ({Texts.T("target")} {Show.Percent(targets.For(m.Measure))})"));
            var shortfall = breached.Max(m => targets.For(m.Measure) - m.Rate!.Value);
            yield return new(AttentionKind.PlaceBelowTarget, row.Place.Id, Show.Name(row.Place.Name, row.Place.NameZh), detail, $"/places/{row.Place.Id}", shortfall);
        }
    }

    private static IEnumerable<AttentionItem> Milestones(IReadOnlyList<Plan> plans, DateOnly today) =>
        from plan in plans
        from milestone in plan.Milestones
        let days = milestone.OverdueDays(today)
        where days > 0
        select new AttentionItem(
            AttentionKind.MilestoneOverdue, $"{plan.Id}/{milestone.Id}", Show.Name(plan.Title, plan.TitleZh),
            $"{Show.Name(milestone.Title, milestone.TitleZh)}: {string.Format(CultureInfo.InvariantCulture, Texts.T("{0} days overdue"), days)}", $"/plans/{plan.Id}", days);

    private static IEnumerable<AttentionItem> PlacesWithOverdueMilestones(IReadOnlyList<RankedPlace> ranked) =>
        from row in ranked
        where row.Place.Plans.Overdue > 0
        select new AttentionItem(
            AttentionKind.MilestoneOverdue, row.Place.Id, Show.Name(row.Place.Name, row.Place.NameZh),
            $"{Show.Count(row.Place.Plans.Overdue)} {Texts.T("milestones overdue")}", $"/places/{row.Place.Id}", row.Place.Plans.Overdue);

    private static IEnumerable<AttentionItem> PastLimit(PlaceSummary place, string? placeDesk, IReadOnlyList<RankedPlace> ranked)
    {
        // A compound ranks nothing below it: its own open requests are the ones to list.
        IEnumerable<(PlaceSummary Place, string? Desk)> places = ranked.Count > 0
            ? ranked.Select(row => (row.Place, row.DeskCommunity))
            : [(place, placeDesk)];
        foreach (var (at, desk) in places)
        {
            var requests = at.Requests;
            if (requests.ResponseOverdue + requests.Overdue == 0)
            {
                continue;
            }

            var detail = $"{Show.Count(requests.ResponseOverdue)} {Texts.T("past the response limit")}, {Show.Count(requests.Overdue)} {Texts.T("past the settle limit")}";
            var href = desk is null ? $"/places/{at.Id}" : $"/desk?place={Uri.EscapeDataString(desk)}";
            yield return new(AttentionKind.RequestsPastLimit, at.Id, Show.Name(at.Name, at.NameZh), detail, href, requests.ResponseOverdue + requests.Overdue);
        }
    }

    /// <summary>The communities (or the community itself) with households in difficulty past their visiting cadence.</summary>
    private static IEnumerable<AttentionItem> VisitsOverdue(PlaceSummary place, IReadOnlyList<RankedPlace> ranked)
    {
        IEnumerable<PlaceSummary> places = place.Kind == "community" ? [place] : ranked.Select(row => row.Place).Where(p => p.Kind == "community");
        foreach (var at in places.Where(p => p.Cadence.Overdue > 0))
        {
            yield return new(
                AttentionKind.VisitsOverdue, at.Id, Show.Name(at.Name, at.NameZh),
                $"{Show.Count(at.Cadence.Overdue)} {Texts.T("households in difficulty not visited within their cadence")}",
                $"/communities/{at.Id}/visits", at.Cadence.Overdue);
        }
    }

    private static IEnumerable<AttentionItem> ServiceDaysMissed(IReadOnlyList<PlaceSummary> places, DateOnly today)
    {
        var lastMonth = ChinaTime.Month(today.AddDays(1 - today.Day).AddMonths(-1));
        foreach (var at in places)
        {
            var missed = at.ServiceDays.Months.GetValueOrDefault(lastMonth)?.Missed ?? 0;
            if (missed > 0)
            {
                var detail = at.Kind == "community"
                    ? Texts.T("last month passed without a service day")
                    : string.Format(CultureInfo.InvariantCulture, Texts.T("{0} communities had no service day last month"), missed);
                yield return new(AttentionKind.ServiceDayMissed, at.Id, Show.Name(at.Name, at.NameZh), detail, ServicePage(at), missed);
            }
        }
    }

    private static IEnumerable<AttentionItem> DeliveriesMissed(IReadOnlyList<PlaceSummary> places, DateOnly today)
    {
        foreach (var at in places)
        {
            var missed = at.Deliveries.Months.GetValueOrDefault(ChinaTime.Month(today))?.Missed ?? 0;
            if (missed > 0)
            {
                var detail = string.Format(CultureInfo.InvariantCulture, Texts.T("{0} deliveries missed this month"), missed);
                yield return new(AttentionKind.DeliveriesMissed, at.Id, Show.Name(at.Name, at.NameZh), detail, ServicePage(at), missed);
            }
        }
    }

    private static string ServicePage(PlaceSummary at) => at.Kind == "community" ? $"/communities/{at.Id}/service-days" : $"/places/{at.Id}";

    public static string Label(Measure measure) => measure switch
    {
        Measure.Response => "On-time response rate",
        Measure.Settle => "Settle rate",
        _ => "Satisfaction rate",
    };
}
