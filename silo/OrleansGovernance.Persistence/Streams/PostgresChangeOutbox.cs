using Npgsql;
using NpgsqlTypes;

namespace OrleansGovernance.Persistence.Streams;

/// <summary>
/// Reads a queue in commit order without ever passing over a transaction still under way. Identity values and
/// transaction ids are taken when a row is written, not when it commits, so a later transaction may commit first. A
/// row is therefore read only once every transaction older than it has ended: its txid is below the oldest transaction
/// still running (the snapshot's xmin). Every transaction that can still add rows has a txid at or above that
/// horizon, so reading on from the last (txid, id) read never skips one.
/// </summary>
internal sealed class PostgresChangeOutbox(NpgsqlDataSource database) : ChangeOutbox
{
    internal const string ReadQuery = $"""
        SELECT CAST(txid AS text), {OutboxRow.Columns}
        FROM governance_compound_changes
        WHERE queue_id = @queue
          AND txid < pg_snapshot_xmin(pg_current_snapshot())
          AND (txid, id) > (CAST(CAST(@txid AS text) AS xid8), @id)
        ORDER BY txid, id
        LIMIT @max
        """;

    private const string DeleteQuery = "DELETE FROM governance_compound_changes WHERE id = ANY(@ids)";

    public override async Task<IReadOnlyList<OutboxRow>> Read(int queue, OutboxRow? after, int max, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(ReadQuery);
        command.Parameters.Add(new NpgsqlParameter<short>("queue", NpgsqlDbType.Smallint) { TypedValue = (short)queue });
        command.Parameters.Add(new NpgsqlParameter<string>("txid", NpgsqlDbType.Text) { TypedValue = (after?.Transaction ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        command.Parameters.Add(new NpgsqlParameter<long>("id", NpgsqlDbType.Bigint) { TypedValue = after?.Id ?? 0 });
        command.Parameters.Add(new NpgsqlParameter<int>("max", NpgsqlDbType.Integer) { TypedValue = max });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<OutboxRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(OutboxRow.Read(reader));
        }

        return rows;
    }

    public override async Task Delete(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(DeleteQuery);
        command.Parameters.Add(new NpgsqlParameter<long[]>("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = [.. ids] });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
