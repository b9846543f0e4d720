using System.Text.Json.Nodes;

namespace OrleansGovernance.Deploy.Tests;

/// <summary>Kubernetes label selectors: a Service's plain map, or a LabelSelector with matchLabels and matchExpressions.</summary>
internal static class Selector
{
    public static bool Matches(JsonObject selector, JsonObject labels)
    {
        var matchLabels = selector["matchLabels"]?.AsObject();
        var expressions = selector["matchExpressions"]?.AsArray();
        if (matchLabels is null && expressions is null)
        {
            // A Service selector: the map itself. An empty one would select everything, which none of ours may.
            return selector.Count > 0 && AllPresent(selector, labels);
        }

        return (matchLabels is null || AllPresent(matchLabels, labels))
            && (expressions is null || expressions.All(e => Holds(e!.AsObject(), labels)));
    }

    private static bool AllPresent(JsonObject wanted, JsonObject labels) =>
        wanted.All(pair => (string?)labels[pair.Key] == (string?)pair.Value);

    private static bool Holds(JsonObject expression, JsonObject labels)
    {
        var value = (string?)labels[(string)expression["key"]!];
        var values = expression["values"]?.AsArray().Select(v => (string?)v).ToList() ?? [];
        return (string?)expression["operator"] switch
        {
            "In" => value is not null && values.Contains(value),
            "NotIn" => value is null || !values.Contains(value),
            "Exists" => value is not null,
            "DoesNotExist" => value is null,
            var other => throw new NotSupportedException($"selector operator {other}"),
        };
    }
}
