using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Api.Contracts;
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
        branch.MapGet("/", async (string id, IGrainFactory grains) => BranchProfileView.Of(await Branch(grains, id).GetProfile()));
        branch.MapPut("/", async (string id, BranchProfileRequest request, Caller caller, IGrainFactory grains) =>
        {
            // The body may leave its id out; one naming another place is refused by the grain.
            var profile = request.ToDomain();
            profile.CompoundId = string.IsNullOrEmpty(profile.CompoundId) ? id : profile.CompoundId;
            return BranchProfileView.Of(await Kept(caller, grains, id).Define(profile));
        }).RequireAuthorization(AccessPolicy.Keep);
        branch.MapPut("/secretary", async (string id, SecretaryRequest secretary, Caller caller, IGrainFactory grains) =>
            BranchProfileView.Of(await Kept(caller, grains, id).SetSecretary(secretary.ToDomain()))).RequireAuthorization(AccessPolicy.Keep);
        branch.MapPut("/deputy-secretary", async (string id, DeputySecretaryRequest deputy, Caller caller, IGrainFactory grains) =>
            BranchProfileView.Of(await Kept(caller, grains, id).SetDeputySecretary(deputy.ToDomain()))).RequireAuthorization(AccessPolicy.Keep);
        branch.MapDelete("/deputy-secretary", async (string id, Caller caller, IGrainFactory grains) =>
            BranchProfileView.Of(await Kept(caller, grains, id).SetDeputySecretary(null))).RequireAuthorization(AccessPolicy.Keep);
        branch.MapPost("/assigned-cadres", async (string id, AssignedCadreRequest cadre, Caller caller, IGrainFactory grains) =>
            BranchProfileView.Of(await Kept(caller, grains, id).AddAssignedCadre(cadre.ToDomain()))).RequireAuthorization(AccessPolicy.Keep);
        branch.MapPost("/vanguard-teams", async (string id, VanguardTeamRequest team, Caller caller, IGrainFactory grains) =>
            BranchProfileView.Of(await Kept(caller, grains, id).AddVanguardTeam(team.ToDomain()))).RequireAuthorization(AccessPolicy.Keep);
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
