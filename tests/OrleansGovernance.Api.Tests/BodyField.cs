using System.Text.Json.Nodes;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// One member of a request body: where it sits in the JSON (property names and array indexes), the .NET type it binds
/// to, and what the type promises about it: a required member must be sent, a nullable one may be null.
/// </summary>
public sealed record BodyField(IReadOnlyList<object> Path, Type Type, bool Required, bool Nullable)
{
    public string Name => string.Concat(Path.Select(segment => segment is int index ? $"[{index}]" : $".{segment}"))[1..];

    public bool IsMember => Path[^1] is string;

    public Type ValueType => System.Nullable.GetUnderlyingType(Type) ?? Type;

    public bool IsIn(JsonNode body) => ParentIn(body) is JsonObject parent && parent.ContainsKey((string)Path[^1]);

    /// <summary>A copy of <paramref name="body"/> with this member set to <paramref name="value"/> (added when absent).</summary>
    public JsonNode With(JsonNode body, JsonNode? value)
    {
        var copy = body.DeepClone();
        var parent = ParentIn(copy);
        if (Path[^1] is int index)
        {
            parent.AsArray()[index] = value;
        }
        else
        {
            parent.AsObject()[(string)Path[^1]] = value;
        }

        return copy;
    }

    /// <summary>A copy of <paramref name="body"/> without this member.</summary>
    public JsonNode Without(JsonNode body)
    {
        var copy = body.DeepClone();
        ParentIn(copy).AsObject().Remove((string)Path[^1]);
        return copy;
    }

    private JsonNode ParentIn(JsonNode body)
    {
        var node = body;
        foreach (var segment in Path.Take(Path.Count - 1))
        {
            node = segment is int index ? node.AsArray()[index]! : node.AsObject()[(string)segment]!;
        }

        return node;
    }
}
