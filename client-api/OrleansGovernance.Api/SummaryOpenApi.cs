using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api;

/// <summary>Documents the summary contract dashboards rely on, with a worked example, in the OpenAPI document.</summary>
internal static class SummaryOpenApi
{
    public const string Description =
        "The place's figures, served from its own continuously updated snapshot (no fan-out on read). " +
        "Organisation figures sit at the top level; rates are fractions from 0 to 1, null where nothing is counted yet; " +
        "p90s are the upper edge of fixed buckets (minutes to acknowledge, hours to settle); throughput has 48 hourly, " +
        "30 daily and 26 ISO-week points, oldest first, in China time; years are calendar years in China time; " +
        "months (keyed yyyymm, China time) count the requests submitted in each month and what became of them, so any " +
        "run of months sums to a period's rates and categories; serviceDays and deliveries count convenience service days " +
        "and recurring services' deliveries by month and year (missed: a month over without a held day, a due delivery " +
        "not logged by the end of its day); requests.overdue is the settle clock and " +
        "requests.responseOverdue the response clock (open, unanswered, past the response limit); " +
        "visits (keyed yyyymm, China time) count door visits by door (newResident 敲门, longTimeResident 串门, " +
        "inDifficulty 上门) and cadence the households with a visiting cadence, visited within it and overdue as of asOf; " +
        "party counts the members registered at the communities (党员双报到) and those who served in the last three months, " +
        "and the vanguard teams' services per month and year (serviceHours are member-hours); " +
        "asOf is when the snapshot was computed and version rises with every new snapshot.";

    public static Task Transform(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.RelativePath?.EndsWith("/summary", StringComparison.Ordinal) == true
            && operation.Responses?.TryGetValue("200", out var ok) == true
            && ok.Content?.TryGetValue("application/json", out var json) == true)
        {
            operation.Description = Description;
            json.Example = Example();
        }

        return Task.CompletedTask;
    }

    private static JsonNode Example()
    {
        var figures = new PlaceFigures { AsOf = new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8)), Version = 639_000_000_000_000_000 };
        figures.Organisation.Communities = 11;
        figures.Organisation.Compounds = 102;
        figures.Organisation.CompoundBranches = 97;
        figures.Organisation.OwnersCommittees = 35;
        figures.Organisation.OwnersCommitteeMembers = 258;
        figures.Organisation.OwnersCommitteePartyMembers = 41;
        figures.Requests.Submitted = 120;
        figures.Requests.Acknowledged = 118;
        figures.Requests.AcknowledgedWithinLimit = 100;
        figures.Requests.Breached = 20;
        figures.Requests.Settled = 110;
        figures.Requests.AcknowledgeMilliseconds = 590 * 60_000;
        figures.Requests.Open = 10;
        figures.Requests.ResponseOverdue = 2;
        figures.Requests.Overdue = 3;
        var november = figures.Month(202611);
        november.Submitted = 12;
        november.AnsweredInTime = 10;
        november.Breached = 2;
        november.Settled = 9;
        november.Ratings.Satisfied = 8;
        november.Ratings.Dissatisfied = 1;
        november.Count(Domain.Tickets.TicketCategory.EbikeInLift, 7);
        november.Count(Domain.Tickets.TicketCategory.Noise, 5);
        figures.Satisfaction.VerySatisfied = 50;
        figures.Satisfaction.Satisfied = 30;
        figures.Satisfaction.BasicallySatisfied = 10;
        figures.Satisfaction.Dissatisfied = 5;
        figures.Plans.Plans = 1;
        figures.Plans.Milestones = 4;
        figures.Plans.Done = 3;
        figures.Plans.WeightTotal = 10;
        figures.Plans.WeightDone = 7;
        var visits = figures.VisitMonth(202611);
        visits.NewResident = 14;
        visits.LongTimeResident = 31;
        visits.InDifficulty = 22;
        figures.Cadence.Households = 24;
        figures.Cadence.VisitedWithin = 21;
        figures.Cadence.Overdue = 3;
        figures.Organisation.VanguardTeams = 68;
        figures.Party.RegisteredInWork = 180;
        figures.Party.RegisteredRetired = 120;
        figures.Party.ActiveLastQuarter = 214;
        var service = figures.PartyServiceIn(202611);
        service.Activities = 96;
        service.ServiceHours = 702.5m;
        service.ResidentsServed = 2150;
        service.Participations = 385;
        var serviceDays = figures.ServiceDayMonth(202611);
        serviceDays.Scheduled = 11;
        serviceDays.Held = 10;
        serviceDays.Missed = 1;
        serviceDays.ResidentsServed = 730;
        serviceDays.Services = 42;
        serviceDays.PartnerUnits = 23;
        var deliveries = figures.DeliveryMonth(202611);
        deliveries.Due = 19;
        deliveries.Delivered = 18;
        deliveries.Missed = 1;
        var summary = PlaceSummary.From("xiamen.jimei.xinglin", "Xinglin", "杏林街道", "subdistrict", figures);
        var options = new JsonSerializerOptions();
        GovernanceApi.Configure(options);
        return JsonSerializer.SerializeToNode(summary, options)!;
    }
}
