using System.Text.Json;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>Enum values as the API spells them everywhere: camelCase, as in JSON bodies.</summary>
internal static class ApiEnums
{
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>
    /// The values named by a query parameter, given repeated (status=a&amp;status=b), comma-separated (status=a,b) or
    /// both; none named means none asked for. Numbers are refused: the API never shows them.
    /// </summary>
    public static IReadOnlyList<T> Parse<T>(string[]? values, string parameter)
        where T : struct, Enum
    {
        var known = Enum.GetValues<T>().ToDictionary(Name, StringComparer.OrdinalIgnoreCase);
        var parsed = new List<T>();
        foreach (var name in (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            parsed.Add(known.TryGetValue(name, out var value)
                ? value
                : throw DomainRuleException.Invalid($"{parameter} '{name}' is not one of {string.Join(", ", known.Keys)}."));
        }

        return [.. parsed.Distinct()];
    }
}
