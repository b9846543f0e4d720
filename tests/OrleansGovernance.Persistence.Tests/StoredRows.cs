using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Grains;
using OrleansGovernance.Persistence.GrainState;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>Rows of the kinds the grains store, written and read by the serializer grain storage uses, kind by kind.</summary>
internal static class StoredRows
{
    private static readonly JsonGrainStateSerializer Serializer = new(StoredStates.All);

    private static readonly JsonSerializerOptions Readable = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static TheoryData<string> Kinds => [.. StoredStates.All.Kinds.Select(shape => shape.Kind)];

    public static StoredShape Shape(string kind) => StoredStates.All.Kinds.Single(shape => shape.Kind == kind);

    public static JsonNode Write(string kind, object state) =>
        JsonNode.Parse(((BinaryData)Generic(nameof(JsonGrainStateSerializer.Serialize), kind).Invoke(Serializer, [state])!).ToMemory().Span)!;

    public static object Read(string kind, JsonNode row) =>
        Generic(nameof(JsonGrainStateSerializer.Deserialize), kind).Invoke(Serializer, [BinaryData.FromString(row.ToJsonString())])!;

    public static JsonNode ReadAndWrite(string kind, JsonNode row) => Write(kind, Read(kind, row));

    /// <summary>A row as a person reads it, Chinese unescaped: what a sample file holds.</summary>
    public static string Readably(JsonNode row) => row.ToJsonString(Readable);

    // The storage calls the serializer with the state's type as its type argument; here the kind names it.
    private static MethodInfo Generic(string name, string kind) =>
        typeof(JsonGrainStateSerializer).GetMethod(name)!.MakeGenericMethod(Shape(kind).StateType);
}
