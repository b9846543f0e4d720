using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using static OrleansGovernance.Api.Tests.Verdict;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// The malformed variants of one valid request: spoilt bodies, spoilt members (judged by what the bound type
/// promises), wrong content types and spoilt or unknown path ids.
/// </summary>
public static class Mutations
{
    public const string UnknownPlace = "nowhere.never-created";
    public const string UnknownTicket = "t-20260101000000000-nvrmde";
    public const string UnknownMilestone = "never-created";

    // Free text may legitimately contain these; what matters is that they are kept as text and never break anything.
    private static readonly string[] Injections =
    [
        "'; DROP TABLE governance_audit;--",
        "<script>alert(1)</script>",
        "\"}, \"role\": \"admin\", \"x\": {\"",
    ];

    private static readonly string Huge = new('x', 100_000);

    // Stand-ins replaced in the serialised text by what a JSON writer refuses to produce.
    private const string BadBytesMarker = "bad-utf8-marker";
    private const string LoneSurrogateMarker = "lone-surrogate-marker";

    public static IReadOnlyList<Mutation> Of(string route, Attempt attempt, Type? bodyType)
    {
        var mutations = new List<Mutation>(OfPath(route, attempt));
        if (attempt.Body is null)
        {
            return mutations;
        }

        var body = attempt.Body as JsonNode ?? JsonSerializer.SerializeToNode(attempt.Body)!;
        mutations.AddRange(OfBody(attempt.Path, body));
        if (bodyType is not null)
        {
            foreach (var field in BodyShape.Fields(body, bodyType))
            {
                mutations.AddRange(OfField(attempt.Path, body, field));
            }
        }

        return mutations;
    }

    /// <summary>Each path parameter replaced by a malformed id, and by a well-formed id of something never created.</summary>
    private static IEnumerable<Mutation> OfPath(string route, Attempt attempt)
    {
        var routeSegments = route.Split('/');
        var pathSegments = attempt.Path.Split('/');
        for (var i = 0; i < routeSegments.Length; i++)
        {
            if (!routeSegments[i].StartsWith('{'))
            {
                continue;
            }

            var unknown = routeSegments[i] != "{id}" ? UnknownMilestone : route.StartsWith("/api/v1/tickets", StringComparison.Ordinal) ? UnknownTicket : UnknownPlace;
            // A raw %00 never reaches the application: Kestrel refuses it, and the in-process test server throws on it.
            foreach (var (name, id) in new[] { ("dot-dot", "..%2F..%2Fetc"), ("control character", "a%01b"), ("literal %00", "%2500"), ("300 chars", new string('a', 300)), ("unknown", unknown) })
            {
                var segments = (string[])pathSegments.Clone();
                segments[i] = id;
                yield return new Mutation($"{routeSegments[i]} {name}", Refused, string.Join('/', segments), attempt.Body is null ? null : Encoding.UTF8.GetBytes(Serialise(attempt.Body)));
            }
        }
    }

    private static IEnumerable<Mutation> OfBody(string path, JsonNode body)
    {
        var json = body.ToJsonString();
        yield return Mutation.Json("not JSON", Refused, path, "this is not JSON");
        yield return new Mutation("empty body", Refused, path, []);
        yield return Mutation.Json("null", Refused, path, "null");
        yield return Mutation.Json("array", Refused, path, "[]");
        yield return Mutation.Json("number", Refused, path, "42");
        yield return Mutation.Json("string", Refused, path, "\"text\"");
        yield return Mutation.Json("truncated", Refused, path, json[..(json.Length / 2)]);
        yield return Mutation.Json("unknown member", Refused, path, AddMember(body, "unexpectedMember", 1));
        yield return Mutation.Json("2 MB body", Refused, path, AddMember(body, "padding", new string('p', 2_000_000)));
        yield return new Mutation("bad UTF-8", Refused, path, WithBadBytes(body));
        yield return new Mutation("text/plain", Refused, path, Encoding.UTF8.GetBytes(json), "text/plain");
        yield return new Mutation("application/xml", Refused, path, Encoding.UTF8.GetBytes("<request/>"), "application/xml");
        yield return new Mutation("form", Refused, path, Encoding.UTF8.GetBytes("note=x"), "application/x-www-form-urlencoded");
        yield return new Mutation("no content type", Refused, path, Encoding.UTF8.GetBytes(json), null);
    }

    private static IEnumerable<Mutation> OfField(string path, JsonNode body, BodyField field)
    {
        Mutation Set(string what, Verdict expected, JsonNode? value) =>
            Mutation.Json($"{field.Name} {what}", expected, path, field.With(body, value).ToJsonString());

        if (field.IsMember && field.IsIn(body))
        {
            yield return Mutation.Json($"{field.Name} removed", field.Required ? Refused : RefusedOrAccepted, path, field.Without(body).ToJsonString());
        }

        yield return Set("null", field.Nullable ? RefusedOrAccepted : Refused, null);
        var kind = KindOf(field.ValueType);
        foreach (var (wrongKind, value) in new (JsonValueKind, Func<JsonNode>)[]
        {
            (JsonValueKind.String, () => "text"),
            (JsonValueKind.Number, () => 12345),
            (JsonValueKind.Object, () => new JsonObject()),
            (JsonValueKind.Array, () => new JsonArray()),
            (JsonValueKind.True, () => true),
        })
        {
            if (wrongKind != kind)
            {
                yield return Set($"as {wrongKind.ToString().ToLowerInvariant()}", Refused, value());
            }
        }

        foreach (var (what, expected, value) in Values(field.ValueType))
        {
            var text = field.With(body, value).ToJsonString();
            yield return Mutation.Json($"{field.Name} {what}", expected, path, text.Replace($"\"{LoneSurrogateMarker}\"", "\"a\\ud800b\"", StringComparison.Ordinal));
        }
    }

    /// <summary>Values of the right JSON kind that are still wrong (or, for injections, merely hostile-looking text).</summary>
    private static IEnumerable<(string What, Verdict Expected, JsonNode Value)> Values(Type type)
    {
        if (type.IsEnum)
        {
            yield return ("unknown enum value", Refused, "notAKnownValue");
            yield return ("empty enum value", Refused, "");
        }
        else if (type == typeof(DateOnly))
        {
            foreach (var date in new[] { "0001-01-01", "9999-12-31", "2026-02-30", "yesterday" })
            {
                yield return ($"date {date}", Refused, date);
            }
        }
        else if (type == typeof(string))
        {
            yield return ("100,000 characters", Refused, Huge);
            yield return ("with NUL and control characters", Refused, "a\u0000b\u0007c");
            yield return ("with a lone surrogate", Refused, LoneSurrogateMarker);
            foreach (var injection in Injections)
            {
                yield return ($"injection {injection}", RefusedOrAccepted, injection);
            }
        }
        else if (type == typeof(int))
        {
            yield return ("-1", Refused, -1);
            yield return ("int.MaxValue", Refused, int.MaxValue);
            yield return ("beyond int", Refused, 2_147_483_648L);
            yield return ("fraction", Refused, 1.5);
        }
        else if (type == typeof(decimal))
        {
            // Amounts of money: yuan to the fen, more than zero, within what a compound's books can hold.
            yield return ("-1", Refused, -1);
            yield return ("0", Refused, 0);
            yield return ("a third decimal place", Refused, 1.005m);
            yield return ("1e20", Refused, 1e20m);
            yield return ("beyond decimal", Refused, JsonNode.Parse("1e30")!);
        }
        else if (type == typeof(double))
        {
            yield return ("1e308", Refused, 1e308);
            yield return ("\"NaN\"", Refused, "NaN");
        }
    }

    private static JsonValueKind KindOf(Type type) =>
        type == typeof(string) || type.IsEnum || type == typeof(DateOnly) || type == typeof(DateTimeOffset) ? JsonValueKind.String
        : type == typeof(bool) ? JsonValueKind.True
        : type.IsPrimitive || type == typeof(decimal) ? JsonValueKind.Number
        : typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? JsonValueKind.Array
        : JsonValueKind.Object;

    private static string AddMember(JsonNode body, string name, JsonNode value)
    {
        if (body is not JsonObject)
        {
            return body.ToJsonString();
        }

        var copy = body.DeepClone().AsObject();
        copy[name] = value;
        return copy.ToJsonString();
    }

    /// <summary>The body with bytes that are not UTF-8 inside its first string (or before its first member when it has none).</summary>
    private static byte[] WithBadBytes(JsonNode body)
    {
        var marked = body.DeepClone().AsObject();
        var firstString = marked.FirstOrDefault(m => m.Value?.GetValueKind() == JsonValueKind.String).Key;
        string text;
        if (firstString is null)
        {
            text = "{" + BadBytesMarker + marked.ToJsonString()[1..];
        }
        else
        {
            marked[firstString] = BadBytesMarker;
            text = marked.ToJsonString();
        }

        var parts = text.Split(BadBytesMarker);
        return [.. Encoding.UTF8.GetBytes(parts[0]), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes(parts[1])];
    }

    private static string Serialise(object body) => body as JsonNode is { } node ? node.ToJsonString() : JsonSerializer.Serialize(body);
}
