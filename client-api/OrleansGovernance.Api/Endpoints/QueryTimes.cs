using System.Globalization;
using System.Text.RegularExpressions;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>Date-times in query strings: ISO-8601 with an offset (2024-01-01T00:00:00+08:00 or …Z).</summary>
internal static partial class QueryTimes
{
    public static DateTimeOffset? Parse(string? value, string parameter)
    {
        if (value is null)
        {
            return null;
        }

        // An unencoded '+' arrives as a space; no ISO-8601 time holds a space, so it can only have been the offset's sign.
        var text = value.Replace(' ', '+');
        return IsoWithOffset().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                ? at
                : throw DomainRuleException.Invalid($"{parameter} '{value}' is not an ISO-8601 date-time with an offset, such as 2024-01-01T00:00:00+08:00.");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex IsoWithOffset();
}
