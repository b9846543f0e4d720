using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Endpoints;

public static class CompoundsApi
{
    public static RouteGroupBuilder MapCompoundsApi(this RouteGroupBuilder api)
    {
        var compounds = api.MapGroup("/compounds").WithTags("Compounds");
        compounds.MapGet("/{id}", (string id, IGrainFactory grains) => Compound(grains, id).GetProfile());
        compounds.MapPut("/{id}", (string id, CompoundProfile profile, IGrainFactory grains) =>
        {
            profile.Id = id;
            return Compound(grains, id).Define(profile);
        });
        compounds.MapGet("/{id}/summary", async (string id, IGrainFactory grains) =>
            (await Compound(grains, id).GetReport()).ToSummary());
        compounds.MapPut("/{id}/owners-committee", (string id, OwnersCommittee committee, IGrainFactory grains) =>
            Compound(grains, id).SetOwnersCommittee(committee));
        compounds.MapDelete("/{id}/owners-committee", (string id, IGrainFactory grains) =>
            Compound(grains, id).SetOwnersCommittee(null));
        compounds.MapPut("/{id}/property-service", (string id, PropertyService service, IGrainFactory grains) =>
            Compound(grains, id).SetPropertyService(service));
        compounds.MapDelete("/{id}/property-service", (string id, IGrainFactory grains) =>
            Compound(grains, id).SetPropertyService(null));
        compounds.MapPut("/{id}/flags", (string id, FlagsRequest flags, IGrainFactory grains) =>
            Compound(grains, id).SetFlags(flags.DualSeal, flags.Bookkeeping));
        compounds.MapPost("/{id}/surveys", (string id, PropertySurvey survey, IGrainFactory grains) =>
            Compound(grains, id).RecordSurvey(survey));
        compounds.MapGet("/{id}/tickets", (string id, IGrainFactory grains) => Compound(grains, id).GetTicketIds());
        compounds.MapGet("/{id}/plans", async (string id, IGrainFactory grains) =>
            (await Compound(grains, id).GetProfile()).Plans);
        compounds.MapPost("/{id}/plans", async (string id, CreatePlanRequest request, IGrainFactory grains) =>
        {
            var compoundId = Ids.Place(id, "compound");
            await Compound(grains, compoundId).GetProfile();
            var planId = $"{compoundId}.plan-{request.Slug}";
            if (!PlaceIds.IsValid(planId) || request.Slug.Contains('.', StringComparison.Ordinal))
            {
                throw DomainRuleException.Invalid($"plan slug '{request.Slug}' must be one segment of a-z, 0-9 and '-'.");
            }

            var draft = new PlanDraft(compoundId, request.Title, request.Parties, request.PeriodStart, request.PeriodEnd, request.Milestones);
            var plan = await grains.GetGrain<IPlanGrain>(planId).Create(draft);
            return PlansApi.WithETag(Results.Created($"/api/v1/plans/{planId}", plan), plan);
        });
        return api;
    }

    internal static ICompoundGrain Compound(IGrainFactory grains, string id) =>
        grains.GetGrain<ICompoundGrain>(Ids.Place(id, "compound"));
}

public sealed record CreatePlanRequest(
    string Slug,
    string Title,
    IReadOnlyList<string> Parties,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    IReadOnlyList<MilestoneDraft> Milestones);
