using System.Text;
using System.Text.Json.Nodes;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// Spoils a valid JSON body at random, from a seed: one to three changes of a random member (a wrong kind, null, a huge
/// or odd string, an extreme number, removed, sent twice, an unknown sibling), or the text itself cut or corrupted.
/// The same seed gives the same bodies, so a failure is replayed by its case number.
/// </summary>
public sealed class BodyFuzzer(Random random)
{
    private static readonly string[] OddText =
    [
        "", " ", new('x', 70_000), "\u202Eevil\u202C", "a\u200Bb\u200D", "😀👨‍👩‍👧", "e\u0301\u0301\u0301", "\uFEFF", "\u0000", "a\u0007b",
        "../../etc/passwd", "t-../../etc/passwd", "xiamen.jimei.xinglin.fangzhi", "NaN", "-1", "1e400", "true", "null",
        "' OR 1=1 --", "<script>alert(1)</script>", "%00", "\\u0000", "𠮷野家", "ＡＢＣ１２３",
    ];

    private static readonly JsonNode?[] OddValues =
    [
        null, true, false, 0, -1, int.MaxValue, long.MinValue, 1e308, 0.001m, 12345.678m, new JsonArray(), new JsonObject(),
        new JsonArray(1, "two", null), new JsonObject { ["nested"] = new JsonObject { ["deeper"] = new JsonArray() } },
    ];

    public byte[] Spoil(JsonNode valid)
    {
        var body = valid.DeepClone();
        var text = (string?)null;
        for (var changes = random.Next(1, 4); changes > 0; changes--)
        {
            switch (random.Next(8))
            {
                case 0:
                    text = Duplicated(body);
                    break;
                case 1 when random.Next(4) == 0:
                    var json = (text ?? body.ToJsonString()).ToCharArray();
                    if (json.Length > 0)
                    {
                        json[random.Next(json.Length)] = "{}[]\",:\\x0"[random.Next(10)];
                    }

                    text = new string(json);
                    break;
                case 2 when random.Next(4) == 0:
                    var whole = text ?? body.ToJsonString();
                    text = whole[..random.Next(whole.Length)];
                    break;
                default:
                    body = Change(body);
                    text = null;
                    break;
            }
        }

        var bytes = Encoding.UTF8.GetBytes(text ?? body.ToJsonString());
        return random.Next(30) == 0 && bytes.Length > 2 ? [.. bytes[..^2], 0xC3, 0x28, .. bytes[^2..]] : bytes;
    }

    /// <summary>A valid id, a malformed one, or one of something never created, for a path segment.</summary>
    public string PathId(string valid) => random.Next(6) switch
    {
        0 => "..%2F..%2Fetc",
        1 => new string('a', random.Next(101, 400)),
        2 => valid + "." + Word(),
        3 => valid.ToUpperInvariant(),
        // A NUL never reaches the application (Kestrel refuses it; the in-process test server throws on it).
        4 => Uri.EscapeDataString(OddText[random.Next(OddText.Length)] is { Length: > 0 and < 100 } odd && !odd.Contains('\0', StringComparison.Ordinal) ? odd : "x"),
        _ => Word(),
    };

    public string Word() => new([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => "abcdefghijklmnopqrstuvwxyz0123456789-."[random.Next(38)])]);

    public string OddString() => OddText[random.Next(OddText.Length)];

    private JsonNode Change(JsonNode body)
    {
        var slots = Slots(body).ToList();
        if (slots.Count == 0)
        {
            return OddValue() ?? new JsonObject();
        }

        var (parent, key, index) = slots[random.Next(slots.Count)];
        var value = random.Next(3) == 0 ? OddString() : OddValue();
        switch (parent, random.Next(5))
        {
            case (JsonObject members, 0):
                members.Remove(key!);
                break;
            case (JsonObject members, 1):
                members["unexpected" + Word()] = value;
                break;
            case (JsonObject members, _):
                members[key!] = value;
                break;
            case (JsonArray items, 0):
                items.Add(value);
                break;
            case (JsonArray items, _):
                items[index] = value;
                break;
        }

        return body;
    }

    private JsonNode? OddValue() => OddValues[random.Next(OddValues.Length)]?.DeepClone();

    /// <summary>The body with one of its top-level members written twice, the copy first (so "last wins" would keep the valid one).</summary>
    private string Duplicated(JsonNode body)
    {
        var json = body.ToJsonString();
        if (body is not JsonObject { Count: > 0 } members)
        {
            return json;
        }

        var (name, value) = members.ElementAt(random.Next(members.Count));
        var copy = new JsonObject { [name] = random.Next(2) == 0 ? value?.DeepClone() : OddValue() }.ToJsonString();
        return copy[..^1] + "," + json[1..];
    }

    private static IEnumerable<(JsonNode Parent, string? Key, int Index)> Slots(JsonNode node)
    {
        switch (node)
        {
            case JsonObject members:
                foreach (var (name, value) in members.ToList())
                {
                    yield return (members, name, -1);
                    if (value is not null)
                    {
                        foreach (var slot in Slots(value))
                        {
                            yield return slot;
                        }
                    }
                }

                break;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                {
                    yield return (items, null, i);
                    if (items[i] is { } item)
                    {
                        foreach (var slot in Slots(item))
                        {
                            yield return slot;
                        }
                    }
                }

                break;
        }
    }
}
