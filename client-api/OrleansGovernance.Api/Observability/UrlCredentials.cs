using System.Text.RegularExpressions;

namespace OrleansGovernance.Api.Observability;

/// <summary>Hides the credentials a URL's query may carry (a feed ticket, an api_key, a token) in text bound for a log.</summary>
public static partial class UrlCredentials
{
    public const string Redacted = "[redacted]";

    public static string Redact(string text) =>
        text.Contains('=', StringComparison.Ordinal) ? Credential().Replace(text, "$1" + Redacted) : text;

    [GeneratedRegex(@"((?:^|[?&;\s""'])(?:ticket|api_key|access_token|token|key|password|secret|code)=)[^&#\s""']*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credential();
}
