using Microsoft.Extensions.DependencyInjection;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Notices;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Tests;

/// <summary>What the access matrix needs to try the notification endpoints: a fresh dead letter, a valid opt-out token.</summary>
internal static class NoticeMatrix
{
    private static INoticeDeskGrain Desk(PlatformFixture p) =>
        p.Services.GetRequiredService<IGrainFactory>().GetGrain<INoticeDeskGrain>(INoticeDeskGrain.Key);

    /// <summary>The id of a dead letter made for this attempt, of a request of the matrix's compound.</summary>
    public static async Task<string> DeadLetter(PlatformFixture p)
    {
        var ticketId = TicketIds.New(DateTimeOffset.UtcNow, Random.Shared);
        var notice = new ResidentNotice(ResidentNotice.IdOf(ticketId, 2, TicketEvent.Acknowledged), AccessPlatform.Compound, ticketId, 2,
            TicketEvent.Acknowledged, NoticeChannel.Email, "matrix@example.org", "【杏林街道】诉求进展：已受理", "【杏林街道】已受理", [], DateTimeOffset.UtcNow);
        await Desk(p).AddDeadLetter(new DeadNotice(notice, 1, "smtp 550 RecipientNotAccepted", DateTimeOffset.UtcNow));
        return notice.Id;
    }

    /// <summary>A resident's opt-out with a token the platform would put in a message to a fresh address, observed through that address.</summary>
    public static async Task<Attempt> OptOutByToken(PlatformFixture p)
    {
        var keys = new ContactKeys(await Desk(p).GetKey());
        var contactKey = keys.For(NoticeChannel.Email, $"matrix-{Guid.NewGuid():N}@example.org");
        return new Attempt("/api/v1/notifications/opt-out", new { token = keys.OptOutToken(contactKey) }, () => Observe(p, contactKey));
    }

    /// <summary>An administrator's opt-out of a fresh address, observed through whether that address is opted out (opt-outs are not listed).</summary>
    public static Attempt OptOut(PlatformFixture p)
    {
        var email = $"matrix-{Guid.NewGuid():N}@example.org";
        return new Attempt("/api/v1/notifications/opt-outs", new { optedOut = true, email }, async () =>
            await Observe(p, new ContactKeys(await Desk(p).GetKey()).For(NoticeChannel.Email, email)));
    }

    private static async Task<string> Observe(PlatformFixture p, string contactKey) =>
        await p.Services.GetRequiredService<IGrainFactory>().GetGrain<IResidentOptOutGrain>(contactKey).IsOptedOut() ? "opted out" : "told";
}
