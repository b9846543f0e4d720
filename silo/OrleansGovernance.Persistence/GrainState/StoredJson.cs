using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,

            // Stored state outlives the code that wrote it: a field dropped from a type must not make old rows unreadable.
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutComputed } },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Leaves out every property that neither a setter nor a constructor parameter fills. IgnoreReadOnlyProperties
    /// would keep computed collections (a ledger's posted entries, a meeting's settled tickets), which are never read
    /// back, and a ledger row would carry each posted entry twice.
    /// </summary>
    private static void LeaveOutComputed(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var computed in type.Properties.Where(property => property.Set is null && property.AssociatedParameter is null).ToList())
        {
            type.Properties.Remove(computed);
        }
    }
}
