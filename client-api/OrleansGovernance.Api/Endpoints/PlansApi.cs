using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Api.Plans;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>
/// Plans, the steps of their milestones and the evidence attached to them. Reads carry an ETag (the plan's version);
/// writes honour If-Match.
/// </summary>
public static class PlansApi
{
    public static RouteGroupBuilder MapPlansApi(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Plans");
        plans.MapGet("/{id}", async (string id, IGrainFactory grains, TimeProvider clock) =>
        {
            var plan = await Plan(grains, id).Get();
            return WithETag(Results.Ok(PlanView.Of(plan, Today(clock))), plan);
        });
        plans.MapPost("/{id}/milestones", async (string id, MilestoneRequest draft, Caller caller, HttpRequest http, IGrainFactory grains, TimeProvider clock) =>
        {
            var plan = await Owned(caller, grains, id).AddMilestone(draft.ToDomain(), IfMatch(http));
            return WithETag(Results.Created($"/api/v1/plans/{id}", PlanView.Of(plan, Today(clock))), plan);
        }).RequireAuthorization(AccessPolicy.Keep);

        // The steps of a milestone (docs/plans.md): tick is the finishing step, untick one step back, as they always were.
        MapStep(plans, "start", MilestoneStep.Start, "Start a milestone's works (not started to in progress)");
        MapStep(plans, "tick", MilestoneStep.Finish, "Tick a milestone: done (from not started or in progress)");
        MapStep(plans, "inspect", MilestoneStep.Inspect, "Record a done milestone's acceptance on inspection (done to inspected)");
        MapStep(plans, "untick", MilestoneStep.StepBack, "Untick a milestone: one state back (inspected to done, done to in progress, in progress to not started)");

        plans.MapPost("/{id}/milestones/{milestoneId}/evidence", async (string id, string milestoneId, Caller caller, HttpRequest http, IGrainFactory grains, EvidenceUploads uploads) =>
        {
            var plan = await Owned(caller, grains, id).Get();
            plan.Find(milestoneId);
            try
            {
                var (name, content) = await FileOf(http);
                await using (content)
                {
                    var stored = await uploads.Store(plan.Id, milestoneId, name, content, caller, http.HttpContext.RequestAborted);
                    return Results.Created($"/api/v1/plans/{plan.Id}/evidence/{stored.Id}", EvidenceView.Of(stored));
                }
            }
            catch (EvidenceRefusedException refused)
            {
                return refused.Problem();
            }
        })
            .RequireAuthorization(AccessPolicy.Tick)
            .WithSummary("Upload a photo (JPEG, PNG, WebP) or PDF as evidence for a milestone's next step")
            .WithDescription("multipart/form-data with one file (field \"file\"), at most Api:MaxEvidenceBytes (10 MiB). The type is read from the file's bytes. Name the returned id in the step's \"evidence\".")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<EvidenceView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        plans.MapGet("/{id}/evidence/{evidenceId}", async (string id, string evidenceId, IEvidenceStore store, HttpContext http) =>
            await EvidenceFiles.Serve(store, Ids.Place(id, "plan"), evidenceId, http))
            .WithSummary("Read a milestone's evidence file (whoever may read the plan)");
        return api;
    }

    private static void MapStep(RouteGroupBuilder plans, string route, MilestoneStep step, string summary) =>
        plans.MapPost($"/{{id}}/milestones/{{milestoneId}}/{route}", async (string id, string milestoneId, MilestoneStepRequest request, Caller caller, HttpRequest http, IGrainFactory grains, EvidenceUploads uploads, TimeProvider clock) =>
        {
            var grain = Owned(caller, grains, id);
            var evidence = await uploads.Resolve(Ids.Place(id, "plan"), milestoneId, request.Evidence, http.HttpContext.RequestAborted);
            var plan = await grain.Take(milestoneId, step, caller.Stamp(clock, request.Note), evidence, IfMatch(http));
            return WithETag(Results.Ok(PlanView.Of(plan, Today(clock))), plan);
        }).RequireAuthorization(AccessPolicy.Tick).WithSummary(summary);

    private static DateOnly Today(TimeProvider clock) => ChinaTime.Date(clock.GetUtcNow());

    /// <summary>The one file of a multipart form: its name as sent and its content.</summary>
    private static async Task<(string? Name, Stream Content)> FileOf(HttpRequest http)
    {
        if (!http.HasFormContentType)
        {
            throw new EvidenceRefusedException(StatusCodes.Status415UnsupportedMediaType, "Send the file as multipart/form-data.",
                "the body is multipart/form-data with the file in the field \"file\".");
        }

        var form = await http.ReadFormAsync(http.HttpContext.RequestAborted);
        var file = form.Files.GetFile("file") ?? (form.Files.Count == 1 ? form.Files[0] : null)
            ?? throw EvidenceRefusedException.Missing("the form has no file in the field \"file\".");
        return (file.FileName, file.OpenReadStream());
    }

    internal static IResult WithETag(IResult result, Plan plan) => new ETagged(result, plan.Version);

    private static IPlanGrain Plan(IGrainFactory grains, string id) =>
        grains.GetGrain<IPlanGrain>(Ids.Place(id, "plan"));

    /// <summary>The plan, once the caller is known to act for it (its owner, or staff of its compound).</summary>
    private static IPlanGrain Owned(Caller caller, IGrainFactory grains, string id)
    {
        var plan = Plan(grains, id);
        caller.RequireCovers(id);
        return plan;
    }

    /// <summary>The version named by If-Match ("3" or W/"3"), or null when the client did not ask for a check.</summary>
    private static int? IfMatch(HttpRequest http)
    {
        var header = http.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header == "*")
        {
            return null;
        }

        return EntityTagHeaderValue.TryParse(header, out var tag)
            && int.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
                ? version
                : throw DomainRuleException.Invalid($"If-Match '{header}' is not an entity tag this API issued.");
    }

    private sealed class ETagged(IResult inner, int version) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ETag = $"\"{version}\"";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
