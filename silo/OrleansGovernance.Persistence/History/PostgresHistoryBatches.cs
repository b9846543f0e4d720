using Npgsql;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.Streams;

namespace OrleansGovernance.Persistence.History;

/// <summary>
/// A batch on PostgreSQL: binary COPY into a staging table of the transaction, then one statement that inserts the
/// tickets not stored yet (ON CONFLICT DO NOTHING, so a re-run stores nothing twice). The transaction marks itself as
/// an import, so the outbox trigger writes no ticket change for them (0011_history_import.sql). The file's end adds
/// one history-import outbox row per compound.
/// </summary>
internal sealed class PostgresHistoryBatches(GovernanceDatabase database, string serviceId, JsonGrainStateSerializer serializer) : HistoryBatchWriter
{
    private const string Staging = "governance_import_staging";

    private const string Prepare = $"""
        SET LOCAL governance.history_import = 'on';
        CREATE TEMP TABLE {Staging} (
            service_id varchar(150), state_name varchar(512), grain_id_hash integer, grain_id_n0 bigint, grain_id_n1 bigint,
            grain_id_extension varchar(1024), payload jsonb, version integer) ON COMMIT DROP
        """;

    internal const string Store = $"""
        WITH stored AS (
            INSERT INTO orleans_grain_state ({GrainStateCopy.Columns})
            SELECT {GrainStateCopy.Columns} FROM {Staging} WHERE state_name = 'ticket'
            ON CONFLICT ON CONSTRAINT orleans_grain_state_identity DO NOTHING
            RETURNING 1
        )
        SELECT CAST(count(*) AS integer) FROM stored
        """;

    private static readonly string Tell = $"""
        INSERT INTO governance_compound_changes (queue_id, compound_id, state_name, item_id, from_version, to_version)
        SELECT (hashtext(compound_id) & 2147483647) % {CompoundChangeQueues.Count}, compound_id, '{OutboxStateName}', compound_id, 0, tickets
        FROM unnest(@compounds, @tickets) AS told (compound_id, tickets)
        """;

    public override async Task<int> Write(string fileHash, IReadOnlyList<Ticket> tickets, int lastLine, CancellationToken cancellationToken)
    {
        await using var connection = (NpgsqlConnection)await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var prepare = new NpgsqlCommand(Prepare, connection, transaction))
        {
            await prepare.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var copy = await GrainStateCopy.Begin(connection, Staging, serviceId, serializer, cancellationToken))
        {
            foreach (var ticket in tickets)
            {
                await copy.Write("ticket", ticket.Id, ticket, cancellationToken);
            }

            await copy.Complete(cancellationToken);
        }

        int stored;
        await using (var store = new NpgsqlCommand(Store, connection, transaction) { CommandTimeout = 0 })
        {
            stored = (int)(await store.ExecuteScalarAsync(cancellationToken))!;
        }

        await SqlHistoryStore.Advance(connection, transaction, SqlDialect.Postgres, fileHash, lastLine, tickets.Count, stored, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    public override async Task Finish(string fileHash, IReadOnlyDictionary<string, int> compounds, CancellationToken cancellationToken)
    {
        await using var connection = (NpgsqlConnection)await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await SqlHistoryStore.MarkFinished(connection, transaction, SqlDialect.Postgres, fileHash, cancellationToken);
        await using (var tell = new NpgsqlCommand(Tell, connection, transaction))
        {
            tell.Parameters.Add(new NpgsqlParameter<string[]>("compounds", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text) { TypedValue = [.. compounds.Keys] });
            tell.Parameters.Add(new NpgsqlParameter<int[]>("tickets", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Integer) { TypedValue = [.. compounds.Values] });
            await tell.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
