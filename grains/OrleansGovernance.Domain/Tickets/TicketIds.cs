using System.Globalization;

namespace OrleansGovernance.Domain.Tickets;

/// <summary>
/// Ticket ids sort by filing time: "t-" + UTC time to the millisecond + "-" + six random characters,
/// e.g. t-20231012083015123-k3x9qa.
/// </summary>
public static class TicketIds
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const string TimeFormat = "yyyyMMddHHmmssfff";

    public static string New(DateTimeOffset at, Random random)
    {
        Span<char> suffix = stackalloc char[6];
        for (var i = 0; i < suffix.Length; i++)
        {
            suffix[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return $"t-{at.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)}-{suffix}";
    }

    /// <summary>
    /// The id of a request imported from another system: its filing time as every id has it, and six characters taken
    /// from the SHA-256 of the source's own id (工单编号), so the same row imported twice gets the same id. Two source
    /// ids meet on one ticket id only if filed in the same millisecond and their hashes share 30 bits.
    /// </summary>
    public static string Imported(DateTimeOffset filedAt, string sourceId)
    {
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sourceId), hash);
        Span<char> suffix = stackalloc char[6];
        var bits = BitConverter.ToUInt64(hash);
        for (var i = 0; i < suffix.Length; i++)
        {
            suffix[i] = Alphabet[(int)(bits % (ulong)Alphabet.Length)];
            bits /= (ulong)Alphabet.Length;
        }

        return $"t-{filedAt.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)}-{suffix}";
    }

    /// <summary>
    /// When the ticket was filed, read from its id: lets a search by filing time skip tickets without loading them.
    /// </summary>
    public static DateTimeOffset? FiledAt(string? id) =>
        IsWellFormed(id) && DateTime.TryParseExact(id.AsSpan(2, 17), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : null;

    public static bool IsWellFormed([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? id) =>
        id is { Length: 26 } && id.StartsWith("t-", StringComparison.Ordinal) && id[19] == '-'
        && id.AsSpan(2, 17).ContainsAnyExceptInRange('0', '9') is false
        && id.AsSpan(20).ContainsAnyExcept(Alphabet) is false;
}
