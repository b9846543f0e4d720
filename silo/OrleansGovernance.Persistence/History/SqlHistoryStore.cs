using System.Data.Common;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using static OrleansGovernance.Persistence.Database.SqlValues;

namespace OrleansGovernance.Persistence.History;

/// <summary>
/// The history importer's store (migration 0011): the journal in governance_import_journal, the compounds read from
/// grain storage, and the batches and the file's end written by the dialect's <see cref="HistoryBatchWriter"/>.
/// </summary>
public sealed class SqlHistoryStore(GovernanceDatabase database, string serviceId, JsonGrainStateSerializer serializer) : IHistoryStore
{
    internal const string CompoundsQuery = """
        SELECT payload -> 'profile' ->> 'id', payload -> 'profile' ->> 'name', payload -> 'profile' ->> 'nameZh'
        FROM orleans_grain_state
        WHERE service_id = @service AND state_name = 'compound' AND payload IS NOT NULL
        """;

    internal const string SqliteCompoundsQuery = """
        SELECT json_extract(payload, '$.profile.id'), json_extract(payload, '$.profile.name'), json_extract(payload, '$.profile.nameZh')
        FROM orleans_grain_state
        WHERE service_id = @service AND state_name = 'compound' AND payload IS NOT NULL
        """;

    private const string JournalQuery = """
        SELECT file_name, row_count, committed_line, imported, already_stored, finished_at
        FROM governance_import_journal WHERE file_hash = @hash
        """;

    private const string BeginCommand = """
        INSERT INTO governance_import_journal (file_hash, file_name, row_count) VALUES (@hash, @name, @rows)
        ON CONFLICT (file_hash) DO NOTHING
        """;

    private readonly HistoryBatchWriter _batches = database.Dialect == SqlDialect.Postgres
        ? new PostgresHistoryBatches(database, serviceId, serializer)
        : new SqliteHistoryBatches(database, serviceId, serializer);

    public async Task<IReadOnlyList<CompoundEntry>> Compounds(CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(database.Dialect == SqlDialect.Postgres ? CompoundsQuery : SqliteCompoundsQuery);
        Add(command, "service", serviceId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var compounds = new List<CompoundEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            compounds.Add(new CompoundEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return compounds;
    }

    public async Task<ImportJournal?> Journal(string fileHash, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(JournalQuery);
        Add(command, "hash", fileHash);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new ImportJournal(
            fileHash,
            reader.GetString(0),
            reader.GetInt32(1),
            reader.GetInt32(2),
            reader.GetInt64(3),
            reader.GetInt64(4),
            reader.IsDBNull(5) ? null : ReadTime(reader.GetValue(5)));
    }

    public Task Begin(ImportJournal journal, CancellationToken cancellationToken) => database.Writes.Run(async () =>
    {
        await using var command = database.DataSource.CreateCommand(BeginCommand);
        Add(command, "hash", journal.FileHash);
        Add(command, "name", journal.FileName.Length > 260 ? journal.FileName[^260..] : journal.FileName);
        Add(command, "rows", journal.Rows);
        await command.ExecuteNonQueryAsync(cancellationToken);
    });

    public Task<int> Commit(string fileHash, IReadOnlyList<Ticket> tickets, int lastLine, CancellationToken cancellationToken) =>
        database.Writes.Run(() => _batches.Write(fileHash, tickets, lastLine, cancellationToken));

    public Task Finish(string fileHash, IReadOnlyDictionary<string, int> compounds, CancellationToken cancellationToken) =>
        database.Writes.Run(() => _batches.Finish(fileHash, compounds, cancellationToken));

    internal static async Task MarkFinished(DbConnection connection, DbTransaction transaction, SqlDialect dialect, string fileHash, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE governance_import_journal SET finished_at = @now, updated_at = @now WHERE file_hash = @hash";
        Add(command, "hash", fileHash);
        Add(command, "now", Time(dialect, DateTimeOffset.UtcNow));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The journal's move to the batch's last line, counting what the batch stored and found stored already.</summary>
    internal static async Task Advance(DbConnection connection, DbTransaction transaction, SqlDialect dialect, string fileHash, int lastLine, int batch, int stored, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE governance_import_journal
            SET committed_line = @line, imported = imported + @stored, already_stored = already_stored + @skipped, updated_at = @now
            WHERE file_hash = @hash AND committed_line < @line
            """;
        Add(command, "hash", fileHash);
        Add(command, "line", lastLine);
        Add(command, "stored", (long)stored);
        Add(command, "skipped", (long)(batch - stored));
        Add(command, "now", Time(dialect, DateTimeOffset.UtcNow));
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            // Rolls the batch back: the journal was never begun, or another run of the same file committed this far first.
            throw new InvalidOperationException($"the import journal of file {fileHash} is not before line {lastLine}: begin it first, and run one import of a file at a time.");
        }
    }
}
