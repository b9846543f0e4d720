using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Orleans.Storage;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Persistence.GrainState;

/// <summary>
/// Grain state as plain JSON in the shape of <see cref="StoredJson"/>, each row carrying its kind's shape version
/// (<see cref="VersionMember"/>). A row of an older version, or one without a version (written before rows carried
/// one: version 1), passes through its kind's upgrades before it is read, so the state types only ever read their
/// current shape; the grain's next write stores it in that shape. A row newer than the code is refused rather than
/// read with parts of it dropped.
/// </summary>
public sealed class JsonGrainStateSerializer : IGrainStorageSerializer
{
    public const string VersionMember = "shapeVersion";

    private readonly StoredShapes _shapes;
    private readonly JsonSerializerOptions _options;

    public JsonGrainStateSerializer(StoredShapes shapes)
    {
        _shapes = shapes;
        var options = new JsonSerializerOptions(StoredJson.Options)
        {
            TypeInfoResolver = StoredJson.Options.TypeInfoResolver!.WithAddedModifier(WriteVersion),
        };
        options.MakeReadOnly();
        _options = options;
    }

    public BinaryData Serialize<T>(T? input)
    {
        _ = Shape<T>();
        return new(JsonSerializer.SerializeToUtf8Bytes(input, _options));
    }

    public T? Deserialize<T>(BinaryData input)
    {
        var shape = Shape<T>();
        var row = input.ToMemory().Span;
        var version = StoredVersion(row) ?? 1;
        if (version == shape.Version)
        {
            return JsonSerializer.Deserialize<T>(row, _options);
        }

        if (version < 1 || version > shape.Version)
        {
            throw new InvalidOperationException(
                $"a stored {shape.Kind} row has shape version {version}; this code reads versions 1 to {shape.Version}.");
        }

        if (JsonNode.Parse(row) is not JsonObject upgraded)
        {
            return default;
        }

        for (var from = version; from < shape.Version; from++)
        {
            upgraded = shape.Upgrades[from - 1](upgraded);
        }

        return upgraded.Deserialize<T>(_options);
    }

    private StoredShape Shape<T>() => _shapes.Find(typeof(T))
        ?? throw new InvalidOperationException($"{typeof(T).Name} has no stored shape: declare its kind with the others (the grains' StoredStates) before storing it.");

    /// <summary>The version a row names at its top level, found without reading the rest of it into objects.</summary>
    private static int? StoredVersion(ReadOnlySpan<byte> row)
    {
        var reader = new Utf8JsonReader(row);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(VersionMember))
            {
                reader.Read();
                return reader.GetInt32();
            }

            reader.Skip();
        }

        return null;
    }

    /// <summary>Writes the version first in every row of a declared kind; it is never read back into the state.</summary>
    private void WriteVersion(JsonTypeInfo type)
    {
        if (type.Kind == JsonTypeInfoKind.Object && _shapes.Find(type.Type) is { } shape)
        {
            var version = type.CreateJsonPropertyInfo(typeof(int), VersionMember);
            version.Get = _ => shape.Version;
            type.Properties.Insert(0, version);
        }
    }
}
