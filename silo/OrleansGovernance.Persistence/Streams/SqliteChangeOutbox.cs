using System.Data.Common;
using System.Text.Json;
using OrleansGovernance.Persistence.Database;

namespace OrleansGovernance.Persistence.Streams;

/// <summary>
/// Reads the embedded database's one queue by id: SQLite lets one writer in at a time, so ids are taken in commit
/// order. Deletions wait their turn in the database's write queue like every other writer in the process.
/// </summary>
internal sealed class SqliteChangeOutbox(GovernanceDatabase database) : ChangeOutbox
{
    internal const string ReadQuery = $"""
        SELECT '0', {OutboxRow.Columns}
        FROM governance_compound_changes
        WHERE id > @id AND queue_id = @queue
        ORDER BY id
        LIMIT @max
        """;

    private const string DeleteQuery = "DELETE FROM governance_compound_changes WHERE id IN (SELECT value FROM json_each(@ids))";

    public override async Task<IReadOnlyList<OutboxRow>> Read(int queue, OutboxRow? after, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ReadQuery;
        SqlValues.Add(command, "id", after?.Id ?? 0);
        SqlValues.Add(command, "queue", queue);
        SqlValues.Add(command, "max", max);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<OutboxRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(OutboxRow.Read(reader));
        }

        return rows;
    }

    public override Task Delete(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) => database.Writes.Run(async () =>
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = DeleteQuery;
        SqlValues.Add(command, "ids", JsonSerializer.Serialize(ids));
        await command.ExecuteNonQueryAsync(cancellationToken);
    });
}
