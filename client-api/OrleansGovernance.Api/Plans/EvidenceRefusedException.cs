using Microsoft.AspNetCore.Http;

namespace OrleansGovernance.Api.Plans;

/// <summary>
/// An evidence file refused before anything was stored: too large (413), not a kind taken (415), no file at all (400),
/// or too many files waiting for a step to name them (409).
/// </summary>
public sealed class EvidenceRefusedException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public IResult Problem() => Results.Problem(statusCode: Status, title: Title, detail: Message);

    public static EvidenceRefusedException TooLarge(long maxBytes) => new(StatusCodes.Status413PayloadTooLarge,
        "The file is too large.", $"evidence files are limited to {maxBytes} bytes ({maxBytes / (1024 * 1024)} MiB).");

    public static EvidenceRefusedException Unsupported() => new(StatusCodes.Status415UnsupportedMediaType,
        "The file is not a photo or PDF.", "evidence is a JPEG, PNG or WebP photo or a PDF document, as its content shows (the declared type is not trusted).");

    public static EvidenceRefusedException Missing(string why) => new(StatusCodes.Status400BadRequest, "No file was sent.", why);

    public static EvidenceRefusedException TooManyUnattached(int max) => new(StatusCodes.Status409Conflict,
        "Too many files wait to be attached.",
        $"this milestone already has {max} uploaded files that no step names; name some in a step, or wait a day until unattached files are deleted, then upload again.");
}
