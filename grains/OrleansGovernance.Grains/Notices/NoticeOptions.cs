using OrleansGovernance.Domain.Notices;
using OrleansGovernance.Domain.Outbound;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Grains.Notices.Senders;

namespace OrleansGovernance.Grains.Notices;

/// <summary>
/// Settings of resident notices (section <c>Notifications</c>; docs/notifications.md has every one with examples).
/// A channel whose gateway is not set keeps its messages in the local outbox, so the embedded default needs none.
/// </summary>
public sealed class NoticeOptions
{
    public const string Section = "Notifications";

    /// <summary>Whether reporters are told at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The sender's name at the head of each message (an SMS signature must be approved under this name).</summary>
    public string Signature { get; set; } = "杏林街道";

    /// <summary>Channels in order of preference; the first the reporter gave and a gateway serves is used.</summary>
    public List<NoticeChannel> Order { get; set; } = [.. NoticeAddresses.DefaultOrder];

    /// <summary>The city's opt-out page, with <c>{token}</c> where the reader's token goes; none: messages carry no opt-out link.</summary>
    public string? OptOutUrl { get; set; }

    /// <summary>
    /// The notice key (base64, 32 bytes or more) that names contacts and signs opt-out tokens. Unset, the platform makes
    /// one on first use and keeps it in its database (the notice desk's state).
    /// </summary>
    public string? Key { get; set; }

    /// <summary>Templates by event name (<c>acknowledged</c>, <c>claimed</c>, …) replacing the defaults.</summary>
    public Dictionary<string, string> Templates { get; set; } = [];

    public TimeSpan RetryFirst { get; set; } = RetrySchedule.Default.First;

    public TimeSpan RetryLongest { get; set; } = RetrySchedule.Default.Longest;

    public TimeSpan GiveUpAfter { get; set; } = RetrySchedule.Default.GiveUpAfter;

    /// <summary>How many messages the local outbox keeps (the oldest go first).</summary>
    public int LocalOutboxSize { get; set; } = 500;

    /// <summary>How long the record that a change was told is kept, against the same change arriving again.</summary>
    public TimeSpan RememberTold { get; set; } = TimeSpan.FromDays(30);

    public SmtpSettings Smtp { get; set; } = new();

    public SmsGatewaySettings Sms { get; set; } = new();

    public WeChatSettings WeChat { get; set; } = new();

    public RetrySchedule Retry => new(RetryFirst, RetryLongest, GiveUpAfter);

    public NoticeTemplates MakeTemplates() => new(Signature, Templates.ToDictionary(
        pair => TicketEvents.TryParse(pair.Key, out var ticketEvent) ? ticketEvent : throw new InvalidOperationException($"Notifications:Templates:{pair.Key} names no event."),
        pair => pair.Value));
}
