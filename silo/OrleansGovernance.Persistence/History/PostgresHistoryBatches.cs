using Npgsql;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.Streams;

namespace OrleansGovernance.Persistence.History;

/// <summary>
/// A batch on PostgreSQL: binary COPY into a staging table of the transaction, then one statement that inserts the
/// tickets not stored yet (ON CONFLICT DO NOTHING, so a re-run stores nothing twice) and adds one history-import
/// outbox row per compound they belong to. The transaction marks itself as an import, so the outbox trigger writes
/// no ticket change for them (0011_history_import.sql).
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

    internal static readonly string Store = $"""
        WITH stored AS (
            INSERT INTO orleans_grain_state ({GrainStateCopy.Columns})
            SELECT {GrainStateCopy.Columns} FROM {Staging} WHERE state_name = 'ticket'
            ON CONFLICT ON CONSTRAINT orleans_grain_state_identity DO NOTHING
            RETURNING payload ->> 'compoundId' AS compound_id
        ), told AS (
            INSERT INTO governance_compound_changes (queue_id, compound_id, state_name, item_id, from_version, to_version)
            SELECT (hashtext(compound_id) & 2147483647) % {CompoundChangeQueues.Count}, compound_id, '{OutboxStateName}', compound_id, 0, count(*)
            FROM stored
            GROUP BY compound_id
            RETURNING to_version
        )
        SELECT CAST(coalesce(sum(to_version), 0) AS integer) FROM told
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
}
