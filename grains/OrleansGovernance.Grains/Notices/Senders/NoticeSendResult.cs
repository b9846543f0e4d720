namespace OrleansGovernance.Grains.Notices.Senders;

/// <summary>
/// What a gateway answered. A failure's <see cref="Reason"/> is our own short words and the gateway's code, never
/// the gateway's text, which may quote the address. A permanent failure (mailbox unknown, resident unsubscribed
/// from the account) goes straight to the dead letters; any other is tried again.
/// </summary>
public sealed record NoticeSendResult(bool Sent, string? Reason = null, bool Permanent = false)
{
    public static readonly NoticeSendResult Success = new(true);

    public static NoticeSendResult Transient(string reason) => new(false, reason);

    public static NoticeSendResult Refused(string reason) => new(false, reason, Permanent: true);
}
