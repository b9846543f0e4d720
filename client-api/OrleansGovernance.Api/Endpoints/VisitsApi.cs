using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>Door visits (走访, 三门工作法): a community's households on its visiting register and the visits made to them.</summary>
public static class VisitsApi
{
    public static RouteGroupBuilder MapVisitsApi(this RouteGroupBuilder api)
    {
        var community = api.MapGroup("/communities/{id}").WithTags("Door visits");
        community.MapGet("/households", async (string id, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            {
                var sees = caller.SeesHouseholdsOf(id);
                return (await Register(grains, id).GetHouseholds()).Select(h => HouseholdView.For(h, sees, clock.GetUtcNow())).ToList();
            })
            .WithName("GetHouseholds")
            .WithSummary("The households on the community's visiting register")
            .WithDescription("Its staff and admins see each household's compound, cadence, last visit and whether a visit is overdue; everyone else the references alone.");
        community.MapPost("/households", async (string id, HouseholdRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            {
                var household = await Kept(caller, grains, id).Register(request.ToDomain(), caller.Stamp(clock, null));
                return Results.Created($"/api/v1/communities/{id}/households", HouseholdView.For(household, sees: true, clock.GetUtcNow()));
            })
            .RequireAuthorization(AccessPolicy.Keep)
            .WithName("RegisterHousehold")
            .WithSummary("Puts a household on the visiting register under a reference of the community's own")
            .WithDescription("Never a name or a door number as the reference. A household in difficulty is visited at least every cadenceDays days (30 unless given).");
        community.MapPut("/households/{reference}/cadence", async (string id, string reference, CadenceRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
                HouseholdView.For(await Kept(caller, grains, id).SetCadence(reference, request.CadenceDays, caller.Stamp(clock, request.Note)), sees: true, clock.GetUtcNow()))
            .RequireAuthorization(AccessPolicy.Keep)
            .WithName("SetHouseholdCadence")
            .WithSummary("Sets how often a household is visited, in days; null ends its cadence");
        community.MapGet("/visits", async (string id, string? month, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            {
                var communityId = Ids.Place(id, "community");

                // A month's log is keyed by the community, so an unknown community is answered 404 before any log is asked.
                _ = await grains.GetGrain<ICommunityGrain>(communityId).GetProfile();
                var visits = await VisitLogs.Of(grains, communityId, Month(month, clock)).GetVisits();
                var sees = caller.SeesHouseholdsOf(communityId);
                return visits.Select(v => VisitView.For(v, sees)).ToList();
            })
            .WithName("GetVisits")
            .WithSummary("The door visits of one month (yyyy-MM, China time; this month unless given)")
            .WithDescription("Staff of the community and admins see what was found, who went and the request filed; everyone else the household's reference, the door and the time.");
        community.MapPost("/visits", async (string id, RecordVisitRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            {
                _ = Kept(caller, grains, id);
                var visit = await VisitRecording.Record(grains, id, request.ToDomain(), request.FileRequest, caller.Stamp(clock, request.Note), clock);
                return Results.Created($"/api/v1/communities/{id}/visits?month={MonthText(visit.VisitedAt)}", VisitView.For(visit, sees: true));
            })
            .RequireAuthorization(AccessPolicy.Keep)
            .WithName("RecordVisit")
            .WithSummary("Records a door visit, and files a request from it when fileRequest is given")
            .WithDescription("The household must be on the register. A filed request lands on the desk of the household's compound (channel walkIn, 上门); its id is kept with the visit.");
        return api;
    }

    private static IHouseholdRegisterGrain Register(IGrainFactory grains, string id) =>
        grains.GetGrain<IHouseholdRegisterGrain>(Ids.Place(id, "community"));

    /// <summary>The register, once the caller is known to keep the community's records.</summary>
    private static IHouseholdRegisterGrain Kept(Caller caller, IGrainFactory grains, string id)
    {
        var register = Register(grains, id);
        caller.RequireCovers(id);
        return register;
    }

    private static int Month(string? month, TimeProvider clock)
    {
        if (month is null)
        {
            return ChinaTime.Month(clock.GetUtcNow());
        }

        return DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? (first.Year * 100) + first.Month
            : throw DomainRuleException.Invalid($"month '{month}' is not a month written yyyy-MM.");
    }

    private static string MonthText(DateTimeOffset at) => ChinaTime.ToChina(at).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
