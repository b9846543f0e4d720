using System.Text.Json;
using Orleans.Storage;
using OrleansGovernance.Api;

namespace OrleansGovernance.Silo.Storage;

/// <summary>
/// Grain state as plain JSON with camelCase names and enum names, no .NET type names: a person can read it in the
/// database, and renaming a C# type does not orphan what is stored (rows are keyed by the state name).
/// Computed, read-only properties are left out; they are derived again on load.
/// </summary>
public sealed class JsonGrainStateSerializer : IGrainStorageSerializer
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, Options));

    public T? Deserialize<T>(BinaryData input) => input.ToObjectFromJson<T>(Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { IgnoreReadOnlyProperties = true };
        GovernanceApi.Configure(options);

        // Stored state outlives the code that wrote it: a field dropped from a type must not make old rows unreadable.
        options.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip;
        return options;
    }
}
