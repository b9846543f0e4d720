using System.Text.Json.Nodes;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Persistence.Tests.CarryOver;

/// <summary>
/// The part of a place's summary that the clock does not move (everything but breaches, overdue requests and
/// milestones, at-risk milestones and the flow series), in the summary's own JSON names, so figures computed
/// today and a summary recorded by earlier code compare member by member.
/// </summary>
public static class ClockFreeFigures
{
    private static readonly string[] Requests =
    [
        "submitted", "open", "acknowledged", "acknowledgedWithinLimit", "claimed", "settled", "escalated", "rejected",
        "duplicates", "reopened", "meanMinutesToAcknowledge", "p90MinutesToAcknowledge", "meanHoursToSettle", "p90HoursToSettle",
    ];

    private static readonly string[] Plans = ["plans", "milestones", "done", "progress"];

    private static readonly string[] Year = ["submitted", "settled", "milestonesDone", "satisfaction"];

    public static JsonObject Of(JsonObject summary) => new()
    {
        ["requests"] = Pick(summary["requests"]!.AsObject(), Requests),
        ["satisfaction"] = summary["satisfaction"]!.DeepClone(),
        ["plans"] = Pick(summary["plans"]!.AsObject(), Plans),
        ["years"] = Years(summary["years"]!.AsObject().Select(year => (year.Key, Pick(year.Value!.AsObject(), Year)))),
    };

    public static JsonObject Of(PlaceFigures figures) => new()
    {
        ["requests"] = new JsonObject
        {
            ["submitted"] = figures.Requests.Submitted,
            ["open"] = figures.Requests.Open,
            ["acknowledged"] = figures.Requests.Acknowledged,
            ["acknowledgedWithinLimit"] = figures.Requests.AcknowledgedWithinLimit,
            ["claimed"] = figures.Requests.Claimed,
            ["settled"] = figures.Requests.Settled,
            ["escalated"] = figures.Requests.Escalated,
            ["rejected"] = figures.Requests.Rejected,
            ["duplicates"] = figures.Requests.Duplicates,
            ["reopened"] = figures.Requests.Reopened,
            ["meanMinutesToAcknowledge"] = figures.Requests.MeanMinutesToAcknowledge,
            ["p90MinutesToAcknowledge"] = figures.Requests.P90MinutesToAcknowledge,
            ["meanHoursToSettle"] = figures.Requests.MeanHoursToSettle,
            ["p90HoursToSettle"] = figures.Requests.P90HoursToSettle,
        },
        ["satisfaction"] = Satisfaction(figures.Satisfaction),
        ["plans"] = new JsonObject
        {
            ["plans"] = figures.Plans.Plans,
            ["milestones"] = figures.Plans.Milestones,
            ["done"] = figures.Plans.Done,
            ["progress"] = figures.Plans.Progress,
        },
        ["years"] = Years(figures.Years.Select(year => (year.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), new JsonObject
        {
            ["submitted"] = year.Value.Submitted,
            ["settled"] = year.Value.Settled,
            ["milestonesDone"] = year.Value.MilestonesDone,
            ["satisfaction"] = Satisfaction(year.Value.Ratings),
        }))),
    };

    private static JsonObject Satisfaction(SatisfactionCounts counts) => new()
    {
        ["rated"] = counts.Rated,
        ["rate"] = counts.Rate,
        ["levels"] = new JsonObject
        {
            ["verySatisfied"] = counts.VerySatisfied,
            ["satisfied"] = counts.Satisfied,
            ["basicallySatisfied"] = counts.BasicallySatisfied,
            ["dissatisfied"] = counts.Dissatisfied,
            ["veryDissatisfied"] = counts.VeryDissatisfied,
        },
    };

    private static JsonObject Pick(JsonObject from, IEnumerable<string> members) =>
        new(members.Select(member => KeyValuePair.Create(member, from[member]?.DeepClone())));

    /// <summary>Years in order, leaving out those where nothing counted here happened (a year with only meetings, say).</summary>
    private static JsonObject Years(IEnumerable<(string Year, JsonObject Counts)> years) =>
        new(years
            .Where(year => year.Counts["submitted"]!.GetValue<int>() + year.Counts["settled"]!.GetValue<int>()
                + year.Counts["milestonesDone"]!.GetValue<int>() + year.Counts["satisfaction"]!["rated"]!.GetValue<int>() > 0)
            .OrderBy(year => year.Year, StringComparer.Ordinal)
            .Select(year => KeyValuePair.Create(year.Year, (JsonNode?)year.Counts)));
}
