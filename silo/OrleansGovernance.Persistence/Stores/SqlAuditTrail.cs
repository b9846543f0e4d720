using System.Data;
using System.Data.Common;
using OrleansGovernance.Persistence.Database;
using static OrleansGovernance.Persistence.Database.SqlValues;

using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Persistence.Stores;

/// <summary>
/// The trail in governance_audit (the *_audit_and_idempotency.sql migrations). Writers wait until their entry is
/// committed, but entries that arrive together share one statement (group commit): under load the trail costs one
/// commit per batch rather than one per write.
/// </summary>
public sealed class SqlAuditTrail : IAuditTrail, IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly GovernanceDatabase _database;
    private readonly GroupCommit<AuditEntry, bool> _commits;

    public SqlAuditTrail(GovernanceDatabase database)
    {
        _database = database;
        _commits = new GroupCommit<AuditEntry, bool>(Insert, MaxBatch, committers: 1);
    }

    public Task Record(AuditEntry entry, CancellationToken cancellationToken = default) =>
        _commits.Submit(entry).WaitAsync(cancellationToken);

    public async Task<IReadOnlyList<AuditEntry>> Read(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var command = _database.DataSource.CreateCommand(
            "SELECT entry_id, at, actor, role, action, target, subject_id, status FROM governance_audit " +
            "WHERE (@before IS NULL OR entry_id < @before) AND (@actor IS NULL OR actor = @actor) " +
            "AND (@subject IS NULL OR substr(subject_id, 1, length(@subject)) = @subject) " +
            "ORDER BY entry_id DESC LIMIT @limit");
        // Typed, because PostgreSQL cannot infer the type of a parameter that is only compared with NULL.
        Add(command, "before", query.Before, DbType.Int64);
        Add(command, "actor", query.Actor, DbType.String);
        Add(command, "subject", query.Subject, DbType.String);
        Add(command, "limit", query.Limit, DbType.Int32);
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                reader.GetInt64(0), ReadTime(reader.GetValue(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetInt32(7)));
        }

        return entries;
    }

    public ValueTask DisposeAsync() => _commits.DisposeAsync();

    /// <remarks>
    /// The batch is one multi-row INSERT, a single atomic statement in one round trip: a statement per entry inside a
    /// transaction cost a round trip each, in turn, so a batch of N writers waited N round trips plus the commit.
    /// </remarks>
    private Task<IReadOnlyList<bool>> Insert(IReadOnlyList<AuditEntry> entries) => _database.Writes.Run(async () =>
    {
        await using var command = _database.DataSource.CreateCommand();
        var rows = new List<string>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            rows.Add($"(@at{i}, @actor{i}, @role{i}, @action{i}, @target{i}, @subject{i}, @status{i})");
            Add(command, $"at{i}", Time(_database.Dialect, entry.At));
            Add(command, $"actor{i}", entry.Actor);
            Add(command, $"role{i}", entry.Role);
            Add(command, $"action{i}", entry.Action);
            Add(command, $"target{i}", entry.Target);
            Add(command, $"subject{i}", entry.SubjectId, DbType.String);
            Add(command, $"status{i}", entry.Status);
        }

        command.CommandText = "INSERT INTO governance_audit (at, actor, role, action, target, subject_id, status) VALUES " + string.Join(", ", rows);
        await command.ExecuteNonQueryAsync();
        return (IReadOnlyList<bool>)[.. entries.Select(_ => true)];
    });
}
