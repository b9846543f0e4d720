using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace OrleansGovernance.Api.Open311;

/// <summary>
/// The fields of a POST requests.{format}, read as the spec says: an empty field is the same as a missing one, and
/// attribute answers arrive as attribute[code]=value (or attribute[code][]=value for lists).
/// </summary>
public sealed partial class RequestForm(IFormCollection form)
{
    private const string FormContentType = "application/x-www-form-urlencoded";

    public static async Task<RequestForm> Read(HttpRequest request)
    {
        if (!request.HasFormContentType || !request.ContentType!.StartsWith(FormContentType, StringComparison.OrdinalIgnoreCase))
        {
            throw new Open311Exception(400, $"a service request is posted as {FormContentType}; this was '{request.ContentType}'.");
        }

        return new RequestForm(await request.ReadFormAsync(request.HttpContext.RequestAborted));
    }

    /// <summary>The trimmed value of a field, or null when it is missing or blank; a field sent twice is refused.</summary>
    public string? Value(string name)
    {
        if (!form.TryGetValue(name, out var values) || values.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        return values.Count == 1 ? values[0]!.Trim() : throw new Open311Exception(400, $"{name} was sent {values.Count} times; send it once.");
    }

    /// <summary>Attribute answers by code, each with every value sent for it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes()
    {
        var answers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, values) in form)
        {
            if (!key.StartsWith("attribute", StringComparison.Ordinal))
            {
                continue;
            }

            var match = AttributeKey().Match(key);
            if (!match.Success)
            {
                throw new Open311Exception(400, $"'{key}' is not an attribute field: write attribute[code]=value.");
            }

            var code = match.Groups["code"].Value;
            if (!answers.TryGetValue(code, out var list))
            {
                answers[code] = list = [];
            }

            list.AddRange(values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!));
        }

        return answers.Where(a => a.Value.Count > 0).ToDictionary(a => a.Key, a => (IReadOnlyList<string>)a.Value, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^attribute\[(?<code>[^\[\]]+)\](\[\])?$")]
    private static partial Regex AttributeKey();
}
