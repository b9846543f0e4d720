using System.Text;
using Npgsql;
using NpgsqlTypes;
using OrleansGovernance.Persistence.GrainState.Postgres;

namespace OrleansGovernance.Persistence.GrainState;

/// <summary>
/// Grain-state rows written with PostgreSQL's binary COPY, keyed exactly as the silo's storage keys them
/// (<see cref="GrainStateKey"/>, the grains' state names) with the payload its serializer writes, so a grain activated
/// afterwards reads them as if it had written them itself. Into <c>orleans_grain_state</c> or a staging table of the
/// same columns. The fastest way in for rows by the million: the history importer's batches, the benchmarks' cities.
/// </summary>
public sealed class GrainStateCopy : IAsyncDisposable
{
    private readonly NpgsqlBinaryImporter _import;
    private readonly string _serviceId;
    private readonly JsonGrainStateSerializer _serializer;

    private GrainStateCopy(NpgsqlBinaryImporter import, string serviceId, JsonGrainStateSerializer serializer)
    {
        _import = import;
        _serviceId = serviceId;
        _serializer = serializer;
    }

    /// <summary>The columns every copy fills, in this order; a staging table needs exactly these.</summary>
    public const string Columns = "service_id, state_name, grain_id_hash, grain_id_n0, grain_id_n1, grain_id_extension, payload, version";

    public static async Task<GrainStateCopy> Begin(NpgsqlConnection connection, string table, string serviceId, JsonGrainStateSerializer serializer, CancellationToken cancellationToken)
    {
        var import = await connection.BeginBinaryImportAsync($"COPY {table} ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        return new GrainStateCopy(import, serviceId, serializer);
    }

    /// <summary>One row of <paramref name="stateName"/> for the grain keyed <paramref name="key"/>, at stored version 1.</summary>
    public async Task Write<T>(string stateName, string key, T state, CancellationToken cancellationToken)
    {
        var identity = GrainStateKey.Of(GrainId.Create(stateName, key));
        await _import.StartRowAsync(cancellationToken);
        await _import.WriteAsync(_serviceId, NpgsqlDbType.Varchar, cancellationToken);
        await _import.WriteAsync(stateName, NpgsqlDbType.Varchar, cancellationToken);
        await _import.WriteAsync(identity.Hash, NpgsqlDbType.Integer, cancellationToken);
        await _import.WriteAsync(identity.N0, NpgsqlDbType.Bigint, cancellationToken);
        await _import.WriteAsync(identity.N1, NpgsqlDbType.Bigint, cancellationToken);
        await _import.WriteAsync(identity.Extension, NpgsqlDbType.Varchar, cancellationToken);
        await _import.WriteAsync(Encoding.UTF8.GetString(_serializer.Serialize(state)), NpgsqlDbType.Jsonb, cancellationToken);
        await _import.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
    }

    /// <summary>Ends the copy; without it nothing is written. Returns the rows copied.</summary>
    public async Task<ulong> Complete(CancellationToken cancellationToken) => await _import.CompleteAsync(cancellationToken);

    public ValueTask DisposeAsync() => _import.DisposeAsync();
}
