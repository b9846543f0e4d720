using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>
/// Resident notices for administrators (the local outbox, the dead letters, opt-outs) and the one anonymous write of
/// the API: a resident's opt-out, which needs no account because the token in their message proves it.
/// </summary>
public static class NotificationsApi
{
    private const int MaxTake = 500;

    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        var notices = api.MapGroup("/notifications").WithTags("Notifications");
        notices.MapGet("/outbox", async (IGrainFactory grains, int? take) =>
            (await Desk(grains).GetOutbox(Take(take))).Select(OutboxEntryView.Of))
            .RequireAuthorization(AccessPolicy.Administer)
            .WithName("GetNoticeOutbox")
            .WithSummary("Messages kept in the local outbox, newest first")
            .WithDescription("Where no gateway serves a channel (the embedded default), notices wait here for an administrator to read. Addresses masked. take: 1-500, default 100.");
        notices.MapGet("/dead-letters", async (IGrainFactory grains) =>
            (await Desk(grains).GetDeadLetters()).Select(DeadLetterView.Of))
            .RequireAuthorization(AccessPolicy.Administer)
            .WithName("GetNoticeDeadLetters")
            .WithSummary("Notices given up, newest first")
            .WithDescription("Refused for good by their gateway (unknown mailbox, resident left the WeChat account) or failing past the retry schedule (24 h by default).");
        notices.MapPost("/dead-letters/{id}/retry", async (string id, IGrainFactory grains) =>
        {
            await grains.RetryNoticeDeadLetter(id);
            return Results.Accepted();
        }).RequireAuthorization(AccessPolicy.Administer)
            .WithName("RetryNoticeDeadLetter")
            .WithSummary("Sends a dead letter back for another round of attempts");
        notices.MapDelete("/dead-letters/{id}", async (string id, IGrainFactory grains) =>
        {
            await Desk(grains).Discard(id);
            return Results.NoContent();
        }).RequireAuthorization(AccessPolicy.Administer)
            .WithName("DiscardNoticeDeadLetter")
            .WithSummary("Drops a dead letter for good");
        notices.MapPut("/opt-outs", async (OptOutSettingRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
        {
            await Desk(grains).SetOptOut(request.ToContact(), request.OptedOut, caller.Subject, clock.GetUtcNow());
            return Results.NoContent();
        }).RequireAuthorization(AccessPolicy.Administer)
            .WithName("SetNoticeOptOut")
            .WithSummary("Stops or resumes notices to a resident's addresses")
            .WithDescription("Every phone, email and WeChat openid given is opted out (or in). Addresses are kept only as keyed hashes.");
        notices.MapPost("/opt-out", async (OptOutRequest request, IGrainFactory grains, TimeProvider clock) =>
        {
            await Desk(grains).OptOut(Require.Text(request.Token, "token", 200), clock.GetUtcNow());
            return Results.NoContent();
        }).AllowAnonymous()
            .WithName("OptOutOfNotices")
            .WithSummary("A resident stops the notices about their requests, with the token from a message")
            .WithDescription("Anonymous: the token, signed by the platform, names the address it was sent to. A token the platform did not make is refused with 400.");
        return api;
    }

    private static INoticeDeskGrain Desk(IGrainFactory grains) => grains.GetGrain<INoticeDeskGrain>(INoticeDeskGrain.Key);

    private static int Take(int? take) =>
        take is null ? 100 : take is >= 1 and <= MaxTake ? take.Value : throw DomainRuleException.Invalid($"take must be between 1 and {MaxTake}.");
}
