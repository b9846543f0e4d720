using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>
/// Compares two JSON trees member by member, ignoring layout and member order: strings by their value (escaped or
/// not), numbers by their text (so 5000.00 is not 5000, as the scale of money matters), and every member name.
/// </summary>
internal static class JsonTree
{
    /// <summary>Where the trees first differ, as a path with what each side holds there; null when they are the same.</summary>
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                foreach (var (name, value) in e)
                {
                    if (!a.ContainsKey(name))
                    {
                        return $"{path}.{name}: expected, but missing";
                    }

                    if (FirstDifference(value, a[name], $"{path}.{name}") is { } difference)
                    {
                        return difference;
                    }
                }

                return a.Select(member => member.Key).FirstOrDefault(name => !e.ContainsKey(name)) is { } extra
                    ? $"{path}.{extra}: not expected, but present"
                    : null;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    if (FirstDifference(e[i], a[i], $"{path}[{i}]") is { } difference)
                    {
                        return difference;
                    }
                }

                return e.Count == a.Count ? null : $"{path}: expected {e.Count} items, found {a.Count}";
            case (JsonValue e, JsonValue a) when SameValue(e, a):
                return null;
            default:
                return $"{path}: expected {Text(expected)}, found {Text(actual)}";
        }
    }

    private static bool SameValue(JsonValue expected, JsonValue actual) =>
        expected.GetValueKind() == actual.GetValueKind() && expected.GetValueKind() switch
        {
            JsonValueKind.String => expected.GetValue<string>() == actual.GetValue<string>(),
            _ => expected.ToJsonString() == actual.ToJsonString(),
        };

    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";
}
