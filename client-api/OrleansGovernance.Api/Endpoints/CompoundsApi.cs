using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Endpoints;

public static class CompoundsApi
{
    public static RouteGroupBuilder MapCompoundsApi(this RouteGroupBuilder api)
    {
        var compounds = api.MapGroup("/compounds").WithTags("Compounds");
        compounds.MapGet("/{id}", async (string id, IGrainFactory grains) => CompoundProfileView.Of(await Compound(grains, id).GetProfile()));
        compounds.MapPut("/{id}", async (string id, CompoundProfileRequest request, IGrainFactory grains) =>
        {
            // The body may leave its id out; one naming another place is refused by the grain.
            var profile = request.ToDomain();
            profile.Id = string.IsNullOrEmpty(profile.Id) ? id : profile.Id;
            return CompoundProfileView.Of(await Compound(grains, id).Define(profile));
        }).RequireAuthorization(AccessPolicy.Administer);
        compounds.MapGet("/{id}/summary", async (string id, IGrainFactory grains) =>
            (await Compound(grains, id).GetReport()).ToSummary());
        compounds.MapPut("/{id}/owners-committee", async (string id, OwnersCommitteeRequest committee, Caller caller, IGrainFactory grains) =>
            CompoundProfileView.Of(await Kept(caller, grains, id).SetOwnersCommittee(committee.ToDomain()))).RequireAuthorization(AccessPolicy.Keep);
        compounds.MapDelete("/{id}/owners-committee", async (string id, Caller caller, IGrainFactory grains) =>
            CompoundProfileView.Of(await Kept(caller, grains, id).SetOwnersCommittee(null))).RequireAuthorization(AccessPolicy.Keep);
        compounds.MapPut("/{id}/property-service", async (string id, PropertyServiceRequest service, Caller caller, IGrainFactory grains) =>
            CompoundProfileView.Of(await Kept(caller, grains, id).SetPropertyService(service.ToDomain()))).RequireAuthorization(AccessPolicy.Keep);
        compounds.MapDelete("/{id}/property-service", async (string id, Caller caller, IGrainFactory grains) =>
            CompoundProfileView.Of(await Kept(caller, grains, id).SetPropertyService(null))).RequireAuthorization(AccessPolicy.Keep);
        compounds.MapPut("/{id}/flags", async (string id, FlagsRequest flags, IGrainFactory grains) =>
            CompoundProfileView.Of(await Compound(grains, id).SetFlags(flags.DualSeal, flags.Bookkeeping))).RequireAuthorization(AccessPolicy.Administer);
        compounds.MapPost("/{id}/surveys", async (string id, PropertySurveyRequest survey, Caller caller, IGrainFactory grains) =>
            CompoundProfileView.Of(await Kept(caller, grains, id).RecordSurvey(survey.ToDomain()))).RequireAuthorization(AccessPolicy.Keep);
        compounds.MapGet("/{id}/tickets", (string id, IGrainFactory grains) => Compound(grains, id).GetTicketIds());

        // An operator's repair: the compound counts every ticket afresh from one read of storage (it also does so when it activates).
        compounds.MapPost("/{id}/figures/rebuild", async (string id, IGrainFactory grains) =>
            FiguresRebuildView.Of(await Compound(grains, id).RebuildFigures())).RequireAuthorization(AccessPolicy.Administer);
        compounds.MapGet("/{id}/plans", async (string id, IGrainFactory grains) =>
            (await Compound(grains, id).GetProfile()).Plans);
        compounds.MapPost("/{id}/plans", async (string id, CreatePlanRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
        {
            var compoundId = Ids.Place(id, "compound");
            await Kept(caller, grains, compoundId).GetProfile();
            var planId = $"{compoundId}.plan-{request.Slug}";
            if (!PlaceIds.IsValid(planId) || request.Slug.Contains('.', StringComparison.Ordinal))
            {
                throw DomainRuleException.Invalid($"plan slug '{request.Slug}' must be one segment of a-z, 0-9 and '-'.");
            }

            var plan = await grains.GetGrain<IPlanGrain>(planId).Create(request.ToDraft(compoundId));
            return PlansApi.WithETag(Results.Created($"/api/v1/plans/{planId}", PlanView.Of(plan, ChinaTime.Date(clock.GetUtcNow()))), plan);
        }).RequireAuthorization(AccessPolicy.Keep);
        return api;
    }

    internal static ICompoundGrain Compound(IGrainFactory grains, string id) =>
        grains.GetGrain<ICompoundGrain>(Ids.Place(id, "compound"));

    /// <summary>The compound, once the caller is known to keep its records.</summary>
    private static ICompoundGrain Kept(Caller caller, IGrainFactory grains, string id)
    {
        var compound = Compound(grains, id);
        caller.RequireCovers(id);
        return compound;
    }
}
