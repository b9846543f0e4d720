namespace OrleansGovernance.Domain;

/// <summary>Input checks shared by every command, each answering a clear <see cref="RuleViolation.InvalidInput"/>.</summary>
public static class Require
{
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

        return value.Trim();
    }

    public static string? OptionalText(string? value, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Text(value, field, maxLength);

    public static int Range(int value, string field, int min, int max) =>
        value < min || value > max
            ? throw DomainRuleException.Invalid($"{field} must be between {min} and {max}.")
            : value;

    public static T Defined<T>(T value, string field)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw DomainRuleException.Invalid($"{field} '{value}' is not a known value.");

    public static string PlaceId(string? id, string field = "id") =>
        PlaceIds.IsValid(id) ? id! : throw DomainRuleException.Invalid(
            $"{field} '{id}' is not a place id: lower-case segments of a-z, 0-9 and '-', joined by dots.");
}
