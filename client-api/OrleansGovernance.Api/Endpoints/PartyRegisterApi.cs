using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>
/// A community's party register (党员"双报到"): registered members, vanguard service teams and their services. Everyone
/// signed in reads it, members' personal data only as staff of the community or admin; staff of the community record.
/// </summary>
public static class PartyRegisterApi
{
    public static RouteGroupBuilder MapPartyRegisterApi(this RouteGroupBuilder api)
    {
        var party = api.MapGroup("/communities/{id}").WithTags("Party register");
        party.MapGet("/party-members", async (string id, Caller caller, IGrainFactory grains) =>
            {
                var register = await Register(grains, id).Get();
                var sees = caller.SeesPartyMembersOf(id);
                return register.Members.Select(m => PartyMemberView.Of(m, register.LastServed.TryGetValue(m.Id, out var last) ? last : null, sees)).ToList();
            })
            .WithName("GetPartyMembers")
            .WithSummary("The party members registered at the community; names, phones and work units only for its staff");
        party.MapPost("/party-members", async (string id, PartyMemberRequest request, Caller caller, IGrainFactory grains) =>
                Results.Created($"/api/v1/communities/{id}/party-members", PartyMemberView.Of(await Kept(caller, grains, id).RegisterMember(request.ToDomain()), null, true)))
            .RequireAuthorization(AccessPolicy.Keep)
            .WithSummary("Registers a party member where they live: in work (with the work unit) or retired");
        party.MapGet("/vanguard-teams", async (string id, IGrainFactory grains) =>
                (await Register(grains, id).Get()).Teams.Select(ServiceTeamView.Of).ToList())
            .WithName("GetVanguardTeams")
            .WithSummary("The community's vanguard service teams and their members (by id)");
        party.MapPost("/vanguard-teams", async (string id, FormVanguardTeamRequest request, Caller caller, IGrainFactory grains) =>
                Results.Created($"/api/v1/communities/{id}/vanguard-teams", ServiceTeamView.Of(await Kept(caller, grains, id).FormTeam(request.ToDomain()))))
            .RequireAuthorization(AccessPolicy.Keep)
            .WithSummary("Forms a vanguard service team of registered members, serving a compound or the whole community");
        party.MapPost("/vanguard-teams/{teamId}/members", async (string id, string teamId, JoinVanguardTeamRequest request, Caller caller, IGrainFactory grains) =>
                ServiceTeamView.Of(await Kept(caller, grains, id).JoinTeam(teamId, request.MemberId)))
            .RequireAuthorization(AccessPolicy.Keep)
            .WithSummary("A registered member joins a team (joining twice changes nothing)");
        party.MapGet("/service-activities", async (string id, int? month, Caller caller, IGrainFactory grains) =>
            {
                var register = Register(grains, id);
                var activities = month is { } m ? await register.GetActivities(m) : (await register.Get()).Recent;
                var sees = caller.SeesPartyMembersOf(id);
                return activities.Select(a => ServiceActivityView.Of(a, sees)).ToList();
            })
            .WithName("GetServiceActivities")
            .WithSummary("The teams' services of a month (?month=yyyymm, in the order recorded), or the latest twenty, newest first");
        party.MapPost("/service-activities", async (string id, ServiceActivityRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
                Results.Created($"/api/v1/communities/{id}/service-activities", ServiceActivityView.Of(await Kept(caller, grains, id).RecordActivity(request.ToDomain(), caller.Stamp(clock, null)), true)))
            .RequireAuthorization(AccessPolicy.Keep)
            .WithSummary("Records a service a team gave: date, members taking part, hours each, residents served, what was done");
        return api;
    }

    private static IPartyRegisterGrain Register(IGrainFactory grains, string id) =>
        grains.GetGrain<IPartyRegisterGrain>(Ids.Place(id, "community"));

    private static IPartyRegisterGrain Kept(Caller caller, IGrainFactory grains, string id)
    {
        var register = Register(grains, id);
        caller.RequireCovers(id);
        return register;
    }
}
