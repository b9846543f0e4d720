using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>A compound's party branch lives under its compound: /compounds/{id}/branch.</summary>
public static class BranchesApi
{
    public static RouteGroupBuilder MapBranchesApi(this RouteGroupBuilder api)
    {
        var branch = api.MapGroup("/compounds/{id}/branch").WithTags("Branches");
        branch.MapGet("/", (string id, IGrainFactory grains) => Branch(grains, id).GetProfile());
        branch.MapPut("/", (string id, BranchProfile profile, Caller caller, IGrainFactory grains) =>
        {
            // The body may leave its id out; one naming another place is refused by the grain.
            profile.CompoundId = string.IsNullOrEmpty(profile.CompoundId) ? id : profile.CompoundId;
            return Kept(caller, grains, id).Define(profile);
        }).RequireAuthorization(AccessPolicy.Keep);
        branch.MapPut("/secretary", (string id, Secretary secretary, Caller caller, IGrainFactory grains) =>
            Kept(caller, grains, id).SetSecretary(secretary)).RequireAuthorization(AccessPolicy.Keep);
        branch.MapPut("/deputy-secretary", (string id, DeputySecretary deputy, Caller caller, IGrainFactory grains) =>
            Kept(caller, grains, id).SetDeputySecretary(deputy)).RequireAuthorization(AccessPolicy.Keep);
        branch.MapDelete("/deputy-secretary", (string id, Caller caller, IGrainFactory grains) =>
            Kept(caller, grains, id).SetDeputySecretary(null)).RequireAuthorization(AccessPolicy.Keep);
        branch.MapPost("/assigned-cadres", (string id, AssignedCadre cadre, Caller caller, IGrainFactory grains) =>
            Kept(caller, grains, id).AddAssignedCadre(cadre)).RequireAuthorization(AccessPolicy.Keep);
        branch.MapPost("/vanguard-teams", (string id, VanguardTeam team, Caller caller, IGrainFactory grains) =>
            Kept(caller, grains, id).AddVanguardTeam(team)).RequireAuthorization(AccessPolicy.Keep);
        return api;
    }

    private static IBranchGrain Branch(IGrainFactory grains, string id) =>
        grains.GetGrain<IBranchGrain>(Ids.Place(id, "compound"));

    /// <summary>The branch, once the caller is known to keep its compound's records.</summary>
    private static IBranchGrain Kept(Caller caller, IGrainFactory grains, string id)
    {
        var branch = Branch(grains, id);
        caller.RequireCovers(id);
        return branch;
    }
}
