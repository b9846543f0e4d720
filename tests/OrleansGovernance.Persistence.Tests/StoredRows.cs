using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Persistence.GrainState;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>Writes and reads rows of a kind whose type is known only at run time, as grain storage does for each kind.</summary>
internal static class StoredRows
{
    private static readonly JsonSerializerOptions Readable = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonNode Write(JsonGrainStateSerializer serializer, StoredShape shape, object state) =>
        JsonNode.Parse(((BinaryData)Generic(nameof(JsonGrainStateSerializer.Serialize), shape).Invoke(serializer, [state])!).ToMemory().Span)!;

    public static object Read(JsonGrainStateSerializer serializer, StoredShape shape, JsonNode row) =>
        Generic(nameof(JsonGrainStateSerializer.Deserialize), shape).Invoke(serializer, [BinaryData.FromString(row.ToJsonString())])!;

    /// <summary>A row as a person reads it, Chinese unescaped: what a sample file holds.</summary>
    public static string Readably(JsonNode row) => row.ToJsonString(Readable);

    private static System.Reflection.MethodInfo Generic(string name, StoredShape shape) =>
        typeof(JsonGrainStateSerializer).GetMethod(name)!.MakeGenericMethod(shape.StateType);
}
