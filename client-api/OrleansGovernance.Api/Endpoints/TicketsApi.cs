using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Idempotency;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Endpoints;

public static class TicketsApi
{
    public static RouteGroupBuilder MapTicketsApi(this RouteGroupBuilder api)
    {
        var tickets = api.MapGroup("/tickets").WithTags("Tickets");
        tickets.MapPost("/", async (SubmitTicketRequest request, Caller caller, HttpContext http, IGrainFactory grains, TimeProvider clock) =>
        {
            // Residents file for wherever they live; staff file on a resident's behalf only where they work.
            if (caller.Role == Roles.Staff)
            {
                caller.RequireCovers(request.CompoundId);
            }

            // Refused here, before any ticket grain is activated for a filing that names no compound.
            await RequireCompound(grains, request.CompoundId);

            var keyed = IdempotentRequest.ResourceId(http);
            var id = keyed ?? TicketIds.New(clock.GetUtcNow(), Random.Shared);
            var ticket = await Submit(grains.GetGrain<ITicketGrain>(id), request, caller, clock, retried: keyed is not null);
            return Results.Created($"/api/v1/tickets/{id}", TicketView.For(ticket, caller));
        }).RequireAuthorization(AccessPolicy.File);
        tickets.MapGet("/{id}", async (string id, Caller caller, IGrainFactory grains) =>
            TicketView.For(await Ticket(grains, id).Get(), caller));

        Handle<ActorRequest>(tickets, "acknowledge", (t, r, s) => t.Acknowledge(s));
        Handle<ClaimRequest>(tickets, "claim", (t, r, s) => t.Claim(r.Party, r.ClaimantName, s));
        Handle<ActorRequest>(tickets, "escalate", (t, r, s) => t.Escalate(s));
        Handle<ActorRequest>(tickets, "settle", (t, r, s) => t.Settle(s));
        Handle<ActorRequest>(tickets, "reject", (t, r, s) => t.Reject(s));
        tickets.MapPost("/{id}/duplicate", async (string id, DuplicateRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
        {
            var ticket = Ticket(grains, id);
            caller.RequireActsOn(await ticket.Get());
            await RequireOriginal(grains, caller, request.OriginalId);
            return TicketView.For(await ticket.MarkDuplicate(request.OriginalId, caller.Stamp(clock, request.Note, request.Visibility)), caller);
        }).RequireAuthorization(AccessPolicy.Handle);
        Act<RateRequest>(tickets, "rate", AccessPolicy.Rate, (t, r, s) => t.Rate(r.Level, s));
        Act<ActorRequest>(tickets, "reopen", AccessPolicy.Reopen, (t, r, s) => t.Reopen(s));
        return api;
    }

    /// <summary>
    /// Files the request. A keyed retry whose first attempt filed it but died before answering finds the ticket there
    /// already (same id): that ticket is the answer, not a conflict.
    /// </summary>
    private static async Task<Ticket> Submit(ITicketGrain grain, SubmitTicketRequest request, Caller caller, TimeProvider clock, bool retried)
    {
        try
        {
            return await grain.Submit(request.ToSubmission(), caller.Stamp(clock, request.Note, request.Visibility));
        }
        catch (DomainRuleException conflict) when (retried && conflict.Violation == RuleViolation.Conflict)
        {
            var filed = await grain.Get();
            return caller.Filed(filed) ? filed : throw DomainRuleException.Conflict($"ticket '{filed.Id}' already exists.");
        }
    }

    /// <summary>A step staff take on requests of the places they work for.</summary>
    private static void Handle<TRequest>(RouteGroupBuilder tickets, string action, Func<ITicketGrain, TRequest, Stamp, Task<Ticket>> apply)
        where TRequest : ActorRequest =>
        Act(tickets, action, AccessPolicy.Handle, apply);

    private static void Act<TRequest>(RouteGroupBuilder tickets, string action, string policy, Func<ITicketGrain, TRequest, Stamp, Task<Ticket>> apply)
        where TRequest : ActorRequest =>
        tickets.MapPost($"/{{id}}/{action}", async (string id, TRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
        {
            var ticket = Ticket(grains, id);
            caller.RequireActsOn(await ticket.Get());
            return TicketView.For(await apply(ticket, request, caller.Stamp(clock, request.Note, request.Visibility)), caller);
        }).RequireAuthorization(policy);

    private static async Task RequireCompound(IGrainFactory grains, string compoundId)
    {
        if (!PlaceIds.IsValid(compoundId))
        {
            throw DomainRuleException.Invalid($"compoundId '{compoundId}' is not a place id.");
        }

        try
        {
            await grains.GetGrain<ICompoundGrain>(compoundId).GetProfile();
        }
        catch (DomainRuleException missing) when (missing.Violation == RuleViolation.NotFound)
        {
            throw DomainRuleException.Invalid($"compound '{compoundId}' does not exist.");
        }
    }

    /// <summary>The ticket a duplicate points to: a ticket id, of a ticket that exists, which the caller acts on too.</summary>
    private static async Task RequireOriginal(IGrainFactory grains, Caller caller, string originalId)
    {
        if (!TicketIds.IsWellFormed(originalId))
        {
            throw DomainRuleException.Invalid($"originalId '{originalId}' is not a ticket id.");
        }

        Ticket original;
        try
        {
            original = await grains.GetGrain<ITicketGrain>(originalId).Get();
        }
        catch (DomainRuleException missing) when (missing.Violation == RuleViolation.NotFound)
        {
            throw DomainRuleException.Invalid($"originalId '{originalId}' names no ticket.");
        }

        caller.RequireActsOn(original);
    }

    private static ITicketGrain Ticket(IGrainFactory grains, string id) => grains.GetGrain<ITicketGrain>(Ids.Ticket(id));
}
