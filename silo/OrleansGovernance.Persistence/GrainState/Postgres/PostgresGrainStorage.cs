using System.Globalization;
using System.Runtime.ExceptionServices;
using Npgsql;
using NpgsqlTypes;
using Orleans.Storage;
using OrleansGovernance.Persistence.Database;

namespace OrleansGovernance.Persistence.GrainState.Postgres;

/// <summary>
/// Grain state in PostgreSQL, written by group commit. Orleans' ADO.NET provider commits every write on its own,
/// so a busy silo waits on one log flush per request; here the writes that meet share one transaction, sent in one
/// round trip. Rows, versions and queries are the ADO.NET provider's (the OrleansQuery scripts in 0003): only how
/// writes reach the database differs, so the two read each other's rows.
/// </summary>
internal sealed class PostgresGrainStorage : IGrainStorage, IAsyncDisposable
{
    private const int MaxBatch = 512;

    private readonly NpgsqlDataSource _database;
    private readonly string _serviceId;
    private readonly IGrainStorageSerializer _serializer;
    private readonly GroupCommit<StateWrite, WriteOutcome> _writes;
    private readonly GroupCommit<StateRead, StoredState> _reads;
    private Task<StateQueries>? _queries;

    public PostgresGrainStorage(NpgsqlDataSource database, string serviceId, IGrainStorageSerializer serializer, int committers)
    {
        _database = database;
        _serviceId = serviceId;
        _serializer = serializer;
        _writes = new GroupCommit<StateWrite, WriteOutcome>(Commit, MaxBatch, committers);

        // Reads meet the same way: every activation reads its state first (a new ticket too, to learn it is new),
        // and reads that arrive together share one round trip instead of each paying its own.
        _reads = new GroupCommit<StateRead, StoredState>(ReadTogether, MaxBatch, committers);
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var stored = await _reads.Submit(new StateRead(stateName, GrainStateKey.Of(grainId)));
        grainState.State = stored.Payload is { } payload ? _serializer.Deserialize<T>(new BinaryData(payload)) ?? Activator.CreateInstance<T>() : Activator.CreateInstance<T>();
        grainState.ETag = stored.Version?.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = stored.Payload is not null;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var sent = Version(grainState.ETag);
        var outcome = await _writes.Submit(new StateWrite(stateName, GrainStateKey.Of(grainId), sent, _serializer.Serialize(grainState.State).ToArray()));
        if (outcome.Refused is { } refused)
        {
            ExceptionDispatchInfo.Throw(refused);
        }

        grainState.ETag = Accepted(outcome.Stored, sent, "WriteState", stateName, grainId);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (grainState.ETag is null)
        {
            await ReadStateAsync(stateName, grainId, grainState);
            if (grainState.ETag is null)
            {
                return;
            }
        }

        var queries = await Queries();
        var sent = Version(grainState.ETag);
        await using var command = _database.CreateCommand(queries.Clear);
        AddIdentity(command.Parameters, stateName, GrainStateKey.Of(grainId));
        command.Parameters.Add(new NpgsqlParameter("GrainStateVersion", NpgsqlDbType.Integer) { Value = (object?)sent ?? DBNull.Value });
        var stored = await command.ExecuteScalarAsync() as int?;
        grainState.ETag = Accepted(stored, sent, "ClearState", stateName, grainId);
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
    }

    public async ValueTask DisposeAsync()
    {
        await _reads.DisposeAsync();
        await _writes.DisposeAsync();
    }

    /// <summary>Read once; read again after a failure (a database not reachable yet), never cached as failed.</summary>
    private Task<StateQueries> Queries()
    {
        var queries = _queries;
        if (queries is null || queries.IsFaulted || queries.IsCanceled)
        {
            _queries = queries = StateQueries.Load(_database);
        }

        return queries;
    }

    /// <summary>
    /// One transaction, one round trip, for the whole batch. Each write answers the version stored, or the version it
    /// sent when the row had moved on (a conflict, for that grain alone). If the batch fails as a whole (one payload
    /// the database refuses), each write is tried on its own, so one bad write fails only itself.
    /// </summary>
    private async Task<IReadOnlyList<WriteOutcome>> Commit(IReadOnlyList<StateWrite> writes)
    {
        try
        {
            return [.. (await CommitTogether(writes)).Select(stored => new WriteOutcome(stored, null))];
        }
        catch (PostgresException) when (writes.Count > 1)
        {
            var outcomes = new WriteOutcome[writes.Count];
            for (var i = 0; i < writes.Count; i++)
            {
                try
                {
                    outcomes[i] = new WriteOutcome((await CommitTogether([writes[i]]))[0], null);
                }
                catch (PostgresException refused)
                {
                    outcomes[i] = new WriteOutcome(null, refused);
                }
            }

            return outcomes;
        }
    }

    private async Task<IReadOnlyList<StoredState>> ReadTogether(IReadOnlyList<StateRead> reads)
    {
        var queries = await Queries();
        await using var connection = await _database.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        foreach (var read in reads)
        {
            var command = new NpgsqlBatchCommand(queries.Read);
            AddIdentity(command.Parameters, read.StateName, read.Key);
            batch.BatchCommands.Add(command);
        }

        var results = new StoredState[reads.Count];
        await using var reader = await batch.ExecuteReaderAsync();
        for (var i = 0; i < reads.Count; i++)
        {
            results[i] = await reader.ReadAsync()
                ? new StoredState(reader.IsDBNull(0) ? null : reader.GetFieldValue<byte[]>(0), reader.GetInt32(1))
                : new StoredState(null, null);
            await reader.NextResultAsync();
        }

        return results;
    }

    private async Task<IReadOnlyList<int?>> CommitTogether(IReadOnlyList<StateWrite> writes)
    {
        var queries = await Queries();
        await using var connection = await _database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var write in writes)
        {
            var command = new NpgsqlBatchCommand(queries.Write);
            AddIdentity(command.Parameters, write.StateName, write.Key);
            command.Parameters.Add(new NpgsqlParameter("GrainStateVersion", NpgsqlDbType.Integer) { Value = (object?)write.Version ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("PayloadBinary", NpgsqlDbType.Bytea) { Value = write.Payload });
            batch.BatchCommands.Add(command);
        }

        var results = new int?[writes.Count];
        await using (var reader = await batch.ExecuteReaderAsync())
        {
            for (var i = 0; i < writes.Count; i++)
            {
                results[i] = await reader.ReadAsync() && !reader.IsDBNull(0) ? reader.GetInt32(0) : null;
                await reader.NextResultAsync();
            }
        }

        await transaction.CommitAsync();
        return results;
    }

    private void AddIdentity(NpgsqlParameterCollection parameters, string stateName, GrainStateKey key)
    {
        parameters.Add(new NpgsqlParameter("GrainIdHash", NpgsqlDbType.Integer) { Value = key.Hash });
        parameters.Add(new NpgsqlParameter("GrainIdN0", NpgsqlDbType.Bigint) { Value = key.N0 });
        parameters.Add(new NpgsqlParameter("GrainIdN1", NpgsqlDbType.Bigint) { Value = key.N1 });
        parameters.Add(new NpgsqlParameter("ServiceId", NpgsqlDbType.Varchar) { Value = _serviceId });
        parameters.Add(new NpgsqlParameter("GrainTypeString", NpgsqlDbType.Varchar) { Value = stateName });
        parameters.Add(new NpgsqlParameter("GrainIdExtensionString", NpgsqlDbType.Varchar) { Value = (object?)key.Extension ?? DBNull.Value });
    }

    private static int? Version(string? etag) => etag is null ? null : int.Parse(etag, CultureInfo.InvariantCulture);

    /// <summary>The new etag; the queries answer the version that was sent (or nothing) when the row had moved on.</summary>
    private string Accepted(int? stored, int? sent, string operation, string stateName, GrainId grainId) =>
        stored is { } version && version != sent
            ? version.ToString(CultureInfo.InvariantCulture)
            : throw new InconsistentStateException($"Version conflict ({operation}): ServiceId={_serviceId} State={stateName} GrainId={grainId} ETag={sent?.ToString(CultureInfo.InvariantCulture) ?? "none"}.");

    private sealed record StateRead(string StateName, GrainStateKey Key);

    /// <summary>A row's payload (null once cleared) and version; both null when there is no row.</summary>
    private sealed record StoredState(byte[]? Payload, int? Version);

    private sealed record StateWrite(string StateName, GrainStateKey Key, int? Version, byte[] Payload);

    /// <summary>The version stored (or sent back on a conflict), or why the database refused this write alone.</summary>
    private readonly record struct WriteOutcome(int? Stored, PostgresException? Refused);
}
