using System.Security.Cryptography;
using System.Text;

namespace OrleansGovernance.Domain.Outbound;

/// <summary>
/// How a delivery proves where it comes from: <c>v1=</c> and the lower-case hex HMAC-SHA256, keyed by the endpoint's
/// secret (its UTF-8 bytes), of "{timestamp}.{body}", where the timestamp is the Unix seconds sent in
/// <see cref="TimestampHeader"/>. During a secret rotation the header carries one such signature per secret, separated
/// by spaces; a receiver accepts the delivery if any matches. See docs/webhooks.md.
/// </summary>
public static class WebhookSignature
{
    public const string IdHeader = "Governance-Webhook-Id";
    public const string TimestampHeader = "Governance-Webhook-Timestamp";
    public const string SignatureHeader = "Governance-Webhook-Signature";

    /// <summary>How old a timestamp a receiver should still accept; older ones may be replays.</summary>
    public static readonly TimeSpan ReplayWindow = TimeSpan.FromMinutes(5);

    public static string Sign(string secret, long timestamp, string body) =>
        "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    public static string Header(IEnumerable<string> secrets, long timestamp, string body) =>
        string.Join(' ', secrets.Select(secret => Sign(secret, timestamp, body)));

    /// <summary>What a receiver does: a fresh timestamp and one signature made with its secret, compared in constant time.</summary>
    public static bool Verify(string secret, string? header, string? timestamp, string body, DateTimeOffset now)
    {
        if (!long.TryParse(timestamp, out var seconds) || Math.Abs(now.ToUnixTimeSeconds() - seconds) > ReplayWindow.TotalSeconds)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, seconds, body));
        return (header ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(signature => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), expected));
    }
}
