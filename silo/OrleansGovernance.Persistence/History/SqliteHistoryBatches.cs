using System.Data.Common;
using System.Text;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.GrainState.Postgres;
using static OrleansGovernance.Persistence.Database.SqlValues;

namespace OrleansGovernance.Persistence.History;

/// <summary>
/// A batch on SQLite: one transaction holding the database's write lock, the tickets inserted one prepared statement
/// at a time (ON CONFLICT DO NOTHING, so a re-run stores nothing twice). The outbox triggers fire for each new ticket;
/// before anyone else can read them, the transaction removes those rows (above the highest id when it began;
/// 0011_history_import.sql says why). The file's end adds one history-import row per compound.
/// </summary>
internal sealed class SqliteHistoryBatches(GovernanceDatabase database, string serviceId, JsonGrainStateSerializer serializer) : HistoryBatchWriter
{
    private const string Insert = """
        INSERT INTO orleans_grain_state (service_id, state_name, grain_id_hash, grain_id_n0, grain_id_n1, grain_id_extension, payload, version)
        VALUES (@service, 'ticket', @hash, @n0, @n1, @key, @payload, 1)
        ON CONFLICT (grain_id_hash, grain_id_n0, grain_id_n1, service_id, state_name, ifnull(grain_id_extension, zeroblob(0))) DO NOTHING
        """;

    private const string Forget = "DELETE FROM governance_compound_changes WHERE id > @mark AND state_name = 'ticket'";

    private const string Tell = $"""
        INSERT INTO governance_compound_changes (queue_id, compound_id, state_name, item_id, from_version, to_version)
        VALUES (0, @compound, '{OutboxStateName}', @compound, 0, @tickets)
        """;

    public override async Task<int> Write(string fileHash, IReadOnlyList<Ticket> tickets, int lastLine, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var mark = await Scalar(connection, transaction, "SELECT coalesce(max(id), 0) FROM governance_compound_changes", cancellationToken);

        var stored = 0;
        await using (var insert = Command(connection, transaction, Insert))
        {
            Add(insert, "service", serviceId);
            var hash = Parameter(insert, "hash", 0);
            var n0 = Parameter(insert, "n0", 0L);
            var n1 = Parameter(insert, "n1", 0L);
            var key = Parameter(insert, "key", "");
            var payload = Parameter(insert, "payload", "");
            await insert.PrepareAsync(cancellationToken);
            foreach (var ticket in tickets)
            {
                var identity = GrainStateKey.Of(GrainId.Create("ticket", ticket.Id));
                hash.Value = identity.Hash;
                n0.Value = identity.N0;
                n1.Value = identity.N1;
                key.Value = identity.Extension;
                payload.Value = Encoding.UTF8.GetString(serializer.Serialize(ticket));
                stored += await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var forget = Command(connection, transaction, Forget))
        {
            Add(forget, "mark", mark);
            await forget.ExecuteNonQueryAsync(cancellationToken);
        }

        await SqlHistoryStore.Advance(connection, transaction, SqlDialect.Sqlite, fileHash, lastLine, tickets.Count, stored, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    public override async Task Finish(string fileHash, IReadOnlyDictionary<string, int> compounds, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await SqlHistoryStore.MarkFinished(connection, transaction, SqlDialect.Sqlite, fileHash, cancellationToken);
        await using (var tell = Command(connection, transaction, Tell))
        {
            var compound = Parameter(tell, "compound", "");
            var tickets = Parameter(tell, "tickets", 0);
            foreach (var (id, count) in compounds)
            {
                compound.Value = id;
                tickets.Value = count;
                await tell.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string text)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        return command;
    }

    private static DbParameter Parameter(DbCommand command, string name, object value)
    {
        Add(command, name, value);
        return command.Parameters[command.Parameters.Count - 1];
    }

    private static async Task<long> Scalar(DbConnection connection, DbTransaction transaction, string text, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, text);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
