using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Domain.Seals;

namespace OrleansGovernance.Api.Endpoints.Ledger;

/// <summary>
/// Requests to use the assembly seal of a dual-seal compound: the owners' committee asks, the community (which keeps
/// the seal) approves or refuses and applies it. Everyone signed in reads the log: owners see every use of their seal.
/// </summary>
public static class SealRequestsApi
{
    public static RouteGroupBuilder MapSealRequestsApi(this RouteGroupBuilder api)
    {
        var seals = api.MapGroup("/compounds/{id}/seal-requests").WithTags("Seal requests");
        seals.MapGet("/", async (string id, IGrainFactory grains) => SealRegisterView.Of(await Register(grains, id).Get()))
            .WithName("GetSealRequests")
            .WithSummary("Every request to use the assembly seal, with who asked, decided and applied it, when and why");
        seals.MapPost("/", async (string id, AskSealRequest draft, Caller caller, IGrainFactory grains, TimeProvider clock) =>
                SealRequestView.Of(await Acting(caller, grains, id).Request(draft.ToDomain(), caller.Stamp(clock, null))))
            .RequireAuthorization(AccessPolicy.RequestSeal)
            .WithSummary("The owners' committee asks to use the assembly seal on a document, for a purpose");
        seals.MapPost("/{number}/approve", async (string id, int number, ActorRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
                SealRequestView.Of(await (await Keeping(caller, grains, id)).Approve(number, caller.Stamp(clock, request.Note))))
            .RequireAuthorization(AccessPolicy.KeepSeal)
            .WithSummary("The community approves a pending request");
        seals.MapPost("/{number}/refuse", async (string id, int number, ActorRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
                SealRequestView.Of(await (await Keeping(caller, grains, id)).Refuse(number, caller.Stamp(clock, request.Note))))
            .RequireAuthorization(AccessPolicy.KeepSeal)
            .WithSummary("The community refuses a request (a note gives the reason)");
        seals.MapPost("/{number}/use", async (string id, int number, ActorRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
                SealRequestView.Of(await (await Keeping(caller, grains, id)).Use(number, caller.Stamp(clock, request.Note))))
            .RequireAuthorization(AccessPolicy.KeepSeal)
            .WithSummary("The community applies the seal: only on an approved request, once");
        return api;
    }

    internal static ISealRegisterGrain Register(IGrainFactory grains, string id) =>
        grains.GetGrain<ISealRegisterGrain>(Ids.Place(id, "seal register"));

    /// <summary>The register, once the caller is known to be the community that keeps the seal.</summary>
    private static async Task<ISealRegisterGrain> Keeping(Caller caller, IGrainFactory grains, string id)
    {
        var register = Register(grains, id);
        await caller.RequireActsForCommunityOf(grains, id);
        return register;
    }

    private static ISealRegisterGrain Acting(Caller caller, IGrainFactory grains, string id)
    {
        var register = Register(grains, id);
        caller.RequireCovers(id);
        return register;
    }
}
