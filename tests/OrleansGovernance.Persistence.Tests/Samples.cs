using System.Text.Json.Nodes;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>The checked-in rows under StoredShapes/, one per kind and shape version: {kind}.v{version}.json.</summary>
internal static class Samples
{
    private const string Prefix = "StoredShapes.";

    /// <summary>Every sample there is, as (kind, version).</summary>
    public static IReadOnlyList<(string Kind, int Version)> All { get; } = [.. typeof(Samples).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(name => name[Prefix.Length..^".json".Length])
        .Select(name => (name[..name.LastIndexOf(".v", StringComparison.Ordinal)], int.Parse(name[(name.LastIndexOf(".v", StringComparison.Ordinal) + 2)..], System.Globalization.CultureInfo.InvariantCulture)))];

    public static string FileName(string kind, int version) => $"{kind}.v{version}.json";

    public static JsonNode Of(string kind, int version)
    {
        using var stream = typeof(Samples).Assembly.GetManifestResourceStream(Prefix + FileName(kind, version))
            ?? throw new FileNotFoundException($"no sample StoredShapes/{FileName(kind, version)}");
        return JsonNode.Parse(stream)!;
    }

    public static JsonNode Current(StoredShape shape) => Of(shape.Kind, shape.Version);
}
