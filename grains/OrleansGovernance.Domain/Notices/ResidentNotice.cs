using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Domain.Notices;

/// <summary>
/// One message to a request's reporter about one step of it (告知). Its id, <c>{ticketId}:{version}:{event}</c>, names
/// the stored change it reports, so the same change told twice is recognised. <see cref="Address"/> is personal data:
/// it goes to the sender and to storage, never to a log; <see cref="ContactKeys"/> are what opt-outs are looked up by.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.resident-notice")]
public sealed record ResidentNotice(
    [property: Id(0)] string Id,
    [property: Id(1)] string CompoundId,
    [property: Id(2)] string TicketId,
    [property: Id(3)] int Version,
    [property: Id(4)] TicketEvent Event,
    [property: Id(5)] NoticeChannel Channel,
    [property: Id(6)] string Address,
    [property: Id(7)] string Subject,
    [property: Id(8)] string Text,
    [property: Id(9)] IReadOnlyList<string> ContactKeys,
    [property: Id(10)] DateTimeOffset ChangedAt)
{
    public static string IdOf(string ticketId, int version, TicketEvent ticketEvent) => $"{ticketId}:{version}:{ticketEvent.Name()}";

    /// <summary>The address as staff lists show it: enough to recognise, not to reach.</summary>
    public string MaskedAddress => Channel switch
    {
        NoticeChannel.Email => new ReporterContact(Email: Address).Masked().Email!,
        NoticeChannel.Sms => new ReporterContact(Phone: Address).Masked().Phone!,
        _ => new ReporterContact(WeChatOpenId: Address).Masked().WeChatOpenId!,
    };
}
