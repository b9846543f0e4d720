using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansGovernance.Persistence.GrainState;

/// <summary>
/// How stored rows are written: camelCase names, enums as camelCase names, no .NET type names, so a person can read a
/// row in the database and renaming a C# type does not orphan what is stored (rows are keyed by the state name).
/// Computed, read-only properties are left out and derived again on load. The shape of every state kind is pinned by
/// the stored-shape tests; change it only with a new shape version.
/// </summary>
public static class StoredJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            IgnoreReadOnlyProperties = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,

            // Stored state outlives the code that wrote it: a field dropped from a type must not make old rows unreadable.
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
