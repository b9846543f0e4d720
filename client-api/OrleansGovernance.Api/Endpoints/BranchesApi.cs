using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>A compound's party branch lives under its compound: /compounds/{id}/branch.</summary>
public static class BranchesApi
{
    public static RouteGroupBuilder MapBranchesApi(this RouteGroupBuilder api)
    {
        var branch = api.MapGroup("/compounds/{id}/branch").WithTags("Branches");
        branch.MapGet("/", (string id, IGrainFactory grains) => Branch(grains, id).GetProfile());
        branch.MapPut("/", (string id, BranchProfile profile, IGrainFactory grains) =>
        {
            profile.CompoundId = id;
            return Branch(grains, id).Define(profile);
        });
        branch.MapPut("/secretary", (string id, Secretary secretary, IGrainFactory grains) =>
            Branch(grains, id).SetSecretary(secretary));
        branch.MapPut("/deputy-secretary", (string id, DeputySecretary deputy, IGrainFactory grains) =>
            Branch(grains, id).SetDeputySecretary(deputy));
        branch.MapDelete("/deputy-secretary", (string id, IGrainFactory grains) =>
            Branch(grains, id).SetDeputySecretary(null));
        branch.MapPost("/assigned-cadres", (string id, AssignedCadre cadre, IGrainFactory grains) =>
            Branch(grains, id).AddAssignedCadre(cadre));
        branch.MapPost("/vanguard-teams", (string id, VanguardTeam team, IGrainFactory grains) =>
            Branch(grains, id).AddVanguardTeam(team));
        return api;
    }

    private static IBranchGrain Branch(IGrainFactory grains, string id) =>
        grains.GetGrain<IBranchGrain>(Ids.Place(id, "compound"));
}
