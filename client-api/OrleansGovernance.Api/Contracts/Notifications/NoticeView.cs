using OrleansGovernance.Domain.Notices;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Contracts;

/// <summary>A notice as an administrator reads it: the message itself, and its address masked.</summary>
public sealed record NoticeView(
    string Id,
    string TicketId,
    string CompoundId,
    string Event,
    NoticeChannel Channel,
    string To,
    string Subject,
    string Text,
    DateTimeOffset ChangedAt)
{
    public static NoticeView Of(ResidentNotice notice) => new(
        notice.Id, notice.TicketId, notice.CompoundId, notice.Event.Name(), notice.Channel, notice.MaskedAddress, notice.Subject, notice.Text, notice.ChangedAt);
}
