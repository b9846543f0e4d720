using System.Globalization;
using System.Text.RegularExpressions;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Open311;

/// <summary>Times as GeoReport writes them: the w3 subset of ISO 8601, always with a zone (Z or ±hh:mm).</summary>
public static partial class W3DateTime
{
    /// <summary>Shown in China time, as everywhere on this platform; the offset keeps the instant exact.</summary>
    public static string Format(DateTimeOffset at) =>
        ChinaTime.ToChina(at).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Reads a client's time; one without a zone is refused rather than guessed, as the spec requires one.</summary>
    public static DateTimeOffset Parse(string text, string field) =>
        Shape().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at
            : throw new Open311Exception(400, $"{field} '{text}' is not a w3 datetime with a zone, e.g. 2026-01-01T00:00:00Z.");

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Shape();
}
