namespace OrleansGovernance.Domain;

/// <summary>Input checks shared by every command, each answering a clear <see cref="RuleViolation.InvalidInput"/>.</summary>
public static class Require
{
    /// <summary>The calendar this platform records: its oldest records and its longest plans fit well inside.</summary>
    public static readonly DateOnly EarliestDate = new(1949, 10, 1);

    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public static string Text(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw DomainRuleException.Invalid($"{field} is required.");
        }

        if (value.Length > maxLength)
        {
            throw DomainRuleException.Invalid($"{field} is longer than {maxLength} characters.");
        }

        // NUL and other control characters are never text a person meant; PostgreSQL's jsonb cannot even store NUL.
        if (value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
        {
            throw DomainRuleException.Invalid($"{field} contains control characters.");
        }

        return value.Trim();
    }

    /// <summary>
    /// An id of the platform's own making or a client's: lower-case letters, digits, '-', '_' and single dots, starting
    /// with a letter or digit. Ids travel into URLs, file names and logs, where "../../etc/passwd" must never arrive.
    /// </summary>
    public static string Slug(string? value, string field, int maxLength = 100)
    {
        var slug = Text(value, field, maxLength);
        return char.IsAsciiLetterLower(slug[0]) || char.IsAsciiDigit(slug[0])
            ? slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.') && !slug.Contains("..", StringComparison.Ordinal)
                ? slug
                : throw DomainRuleException.Invalid($"{field} '{slug}' may hold only lower-case letters, digits, '-', '_' and single dots.")
            : throw DomainRuleException.Invalid($"{field} '{slug}' must start with a lower-case letter or a digit.");
    }

    public static string? OptionalSlug(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null : Slug(value, field);

    public static string? OptionalText(string? value, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Text(value, field, maxLength);

    public static int Range(int value, string field, int min, int max) =>
        value < min || value > max
            ? throw DomainRuleException.Invalid($"{field} must be between {min} and {max}.")
            : value;

    public static DateOnly Date(DateOnly value, string field) =>
        value < EarliestDate || value > LatestDate
            ? throw DomainRuleException.Invalid($"{field} {value:yyyy-MM-dd} lies outside {EarliestDate:yyyy-MM-dd} to {LatestDate:yyyy-MM-dd}.")
            : value;

    public static T Defined<T>(T value, string field)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw DomainRuleException.Invalid($"{field} '{value}' is not a known value.");

    /// <summary>The list itself, once none of its entries is null (a JSON list may hold nulls whatever the type says).</summary>
    public static IReadOnlyList<T> Entries<T>(IReadOnlyList<T> items, string field)
        where T : class =>
        items.Any(item => item is null) ? throw DomainRuleException.Invalid($"{field} has an empty entry.") : items;

    public static string PlaceId(string? id, string field = "id") =>
        PlaceIds.IsValid(id) ? id! : throw DomainRuleException.Invalid(
            $"{field} '{id}' is not a place id: lower-case segments of a-z, 0-9 and '-', joined by dots.");
}
