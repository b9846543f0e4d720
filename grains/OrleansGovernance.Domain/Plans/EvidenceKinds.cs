namespace OrleansGovernance.Domain.Plans;

/// <summary>
/// The kinds of evidence a milestone takes (photos as JPEG, PNG or WebP, documents as PDF), told apart by the file's
/// first bytes: what a client declares is not trusted, since the files are served back to other people.
/// </summary>
public static class EvidenceKinds
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string WebP = "image/webp";
    public const string Pdf = "application/pdf";

    public const int MaxFileNameLength = 200;

    public static readonly IReadOnlySet<string> Accepted = new HashSet<string>(StringComparer.Ordinal) { Jpeg, Png, WebP, Pdf };

    /// <summary>The content type the bytes are, or null when they are none of the accepted kinds.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => Jpeg,
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => Png,
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => WebP,
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', ..] => Pdf,
        _ => null,
    };

    /// <summary>A file name safe to show and to send back in Content-Disposition: its last path segment, without control characters.</summary>
    public static string SafeFileName(string? name, string contentType)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/')[^1];
        var clean = new string([.. last.Where(c => !char.IsControl(c) && c != '"')]).Trim();
        if (clean.Length > MaxFileNameLength)
        {
            clean = clean[^MaxFileNameLength..];
        }

        return clean.Length > 0 ? clean : "evidence" + Extension(contentType);
    }

    public static string Extension(string contentType) => contentType switch
    {
        Jpeg => ".jpg",
        Png => ".png",
        WebP => ".webp",
        Pdf => ".pdf",
        _ => "",
    };
}
