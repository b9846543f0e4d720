using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace OrleansGovernance.Domain.Notices;

/// <summary>
/// Names a resident's address without saying it: a keyed hash (HMAC-SHA256 with the platform's notice key) of the
/// channel and the normalised address. Opt-outs are kept under it, so no phone number or mailbox becomes a grain id
/// (grain ids appear in logs); a plain hash would not do, since every mobile number can be hashed in minutes.
/// The same key signs opt-out tokens: a token names one contact key and proves the platform wrote it.
/// </summary>
public sealed class ContactKeys
{
    public const int MinKeyBytes = 32;

    private const int TokenMacBytes = 16;

    private readonly byte[] _key;

    public ContactKeys(byte[] key)
    {
        if (key.Length < MinKeyBytes)
        {
            throw DomainRuleException.Invalid($"the notice key must have at least {MinKeyBytes} bytes.");
        }

        _key = key;
    }

    public string For(NoticeChannel channel, string address) =>
        Base64Url.EncodeToString(Mac($"contact:{channel}:{NoticeAddresses.Normalise(channel, address)}"));

    /// <summary>The contact key of every address the reporter gave.</summary>
    public IReadOnlyList<string> Of(Tickets.ReporterContact contact) => [.. NoticeAddresses.Of(contact).Select(a => For(a.Channel, a.Address))];

    /// <summary>A token that lets whoever holds it (the message's reader) stop messages to <paramref name="contactKey"/>.</summary>
    public string OptOutToken(string contactKey) =>
        $"{contactKey}.{Base64Url.EncodeToString(Mac($"opt-out:{contactKey}").AsSpan(0, TokenMacBytes))}";

    /// <summary>The contact key a token was made for, or null when the platform did not make it.</summary>
    public string? VerifyOptOutToken(string? token)
    {
        var parts = (token ?? "").Trim().Split('.');
        if (parts is not [var contactKey, var mac] || contactKey.Length != 43 || !Base64Url.IsValid(mac, out var length) || length != TokenMacBytes)
        {
            return null;
        }

        var expected = Mac($"opt-out:{contactKey}").AsSpan(0, TokenMacBytes);
        return CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(mac)) ? contactKey : null;
    }

    private byte[] Mac(string text) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text));
}
