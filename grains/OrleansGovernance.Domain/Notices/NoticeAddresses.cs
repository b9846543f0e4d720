using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Domain.Notices;

/// <summary>Where a reporter can be told, and which of their addresses a notice goes to.</summary>
public static class NoticeAddresses
{
    /// <summary>
    /// The default preference: WeChat first (where most residents read their city's messages, and free), e-mail next
    /// (free), SMS last (billed per message, and the channel most often left as the only one given).
    /// </summary>
    public static readonly IReadOnlyList<NoticeChannel> DefaultOrder = [NoticeChannel.WeChat, NoticeChannel.Email, NoticeChannel.Sms];

    /// <summary>Every address the reporter gave, by channel.</summary>
    public static IEnumerable<(NoticeChannel Channel, string Address)> Of(ReporterContact contact)
    {
        if (!string.IsNullOrWhiteSpace(contact.WeChatOpenId))
        {
            yield return (NoticeChannel.WeChat, contact.WeChatOpenId);
        }

        if (!string.IsNullOrWhiteSpace(contact.Email))
        {
            yield return (NoticeChannel.Email, contact.Email);
        }

        if (!string.IsNullOrWhiteSpace(contact.Phone))
        {
            yield return (NoticeChannel.Sms, contact.Phone);
        }
    }

    /// <summary>
    /// The channel and address a notice goes to: the first in <paramref name="order"/> that the reporter gave and a
    /// gateway serves (<paramref name="served"/>), else the first they gave (its message then waits in the local
    /// outbox); null when they gave none.
    /// </summary>
    public static (NoticeChannel Channel, string Address)? Choose(ReporterContact contact, IReadOnlyList<NoticeChannel> order, Func<NoticeChannel, bool> served)
    {
        var given = Of(contact).ToDictionary(a => a.Channel, a => a.Address);
        var ranked = order.Where(given.ContainsKey).ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        var channel = ranked.FirstOrDefault(served, ranked[0]);
        return (channel, given[channel]);
    }

    /// <summary>
    /// One spelling per address, so an opt-out holds however the number or mailbox was typed: a phone's digits
    /// without a leading +86 or 0086, an e-mail in lower case, an openid as it is.
    /// </summary>
    public static string Normalise(NoticeChannel channel, string address)
    {
        var trimmed = address.Trim();
        switch (channel)
        {
            case NoticeChannel.Sms:
                var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
                return digits.StartsWith("0086", StringComparison.Ordinal) ? digits[4..]
                    : digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..]
                    : digits;
            case NoticeChannel.Email:
                return trimmed.ToLowerInvariant();
            default:
                return trimmed;
        }
    }
}
