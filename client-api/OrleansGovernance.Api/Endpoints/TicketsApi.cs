using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Endpoints;

public static class TicketsApi
{
    public static RouteGroupBuilder MapTicketsApi(this RouteGroupBuilder api)
    {
        var tickets = api.MapGroup("/tickets").WithTags("Tickets");
        tickets.MapPost("/", async (SubmitTicketRequest request, IGrainFactory grains, TimeProvider clock) =>
        {
            var now = clock.GetUtcNow();
            var id = TicketIds.New(now, Random.Shared);
            var stamp = new Stamp(string.IsNullOrWhiteSpace(request.By) ? "resident" : request.By, now);
            var ticket = await grains.GetGrain<ITicketGrain>(id).Submit(request.ToSubmission(), stamp);
            return Results.Created($"/api/v1/tickets/{id}", TicketView.From(ticket));
        });
        tickets.MapGet("/{id}", async (string id, IGrainFactory grains) => TicketView.From(await Ticket(grains, id).Get()));
        Transition<ActorRequest>(tickets, "acknowledge", (t, r, s) => t.Acknowledge(s));
        Transition<ClaimRequest>(tickets, "claim", (t, r, s) => t.Claim(r.Party, r.ClaimantName, s));
        Transition<ActorRequest>(tickets, "escalate", (t, r, s) => t.Escalate(s));
        Transition<ActorRequest>(tickets, "settle", (t, r, s) => t.Settle(s));
        Transition<RateRequest>(tickets, "rate", (t, r, s) => t.Rate(r.Level, s));
        Transition<ActorRequest>(tickets, "reopen", (t, r, s) => t.Reopen(s));
        Transition<ActorRequest>(tickets, "reject", (t, r, s) => t.Reject(s));
        Transition<DuplicateRequest>(tickets, "duplicate", (t, r, s) => t.MarkDuplicate(r.OriginalId, s));
        return api;
    }

    private static void Transition<TRequest>(RouteGroupBuilder tickets, string action, Func<ITicketGrain, TRequest, Stamp, Task<Ticket>> apply)
        where TRequest : ActorRequest =>
        tickets.MapPost($"/{{id}}/{action}", async (string id, TRequest request, IGrainFactory grains, TimeProvider clock) =>
            TicketView.From(await apply(Ticket(grains, id), request, request.Stamp(clock))));

    private static ITicketGrain Ticket(IGrainFactory grains, string id) => grains.GetGrain<ITicketGrain>(Ids.Ticket(id));
}

/// <summary>A ticket as the API shows it: the reporter's contact masked.</summary>
public sealed record TicketView(
    string Id,
    string CompoundId,
    TicketCategory Category,
    TicketChannel Channel,
    string Description,
    string? Location,
    ReporterContact? Reporter,
    TicketStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset ResponseDue,
    DateTimeOffset SettleDue,
    DateTimeOffset? RespondedAt,
    DateTimeOffset? ClaimedAt,
    ClaimingParty? ClaimedBy,
    string? ClaimantName,
    DateTimeOffset? EscalatedAt,
    DateTimeOffset? SettledAt,
    SatisfactionLevel? Rating,
    string? DuplicateOf,
    int Reopened,
    int Version,
    IReadOnlyList<TicketTransition> History)
{
    public static TicketView From(Ticket t) => new(
        t.Id, t.CompoundId, t.Category, t.Channel, t.Description, t.Location, t.Reporter?.Masked(), t.Status,
        t.SubmittedAt, t.ResponseDue, t.SettleDue, t.RespondedAt, t.ClaimedAt, t.ClaimedBy, t.ClaimantName,
        t.EscalatedAt, t.SettledAt, t.Rating, t.DuplicateOf, t.Reopened, t.Version, t.History);
}
