using System.Text.Json;
using Orleans.Storage;

namespace OrleansGovernance.Persistence.GrainState;

/// <summary>Grain state as plain JSON in the shape of <see cref="StoredJson"/>.</summary>
public sealed class JsonGrainStateSerializer : IGrainStorageSerializer
{
    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, StoredJson.Options));

    public T? Deserialize<T>(BinaryData input) => input.ToObjectFromJson<T>(StoredJson.Options);
}
