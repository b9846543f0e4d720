using System.Data;
using System.Data.Common;
using System.Text.Json;
using OrleansGovernance.Persistence.Database;
using static OrleansGovernance.Persistence.Database.SqlValues;

using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Persistence.Stores;

/// <summary>
/// Keys in governance_idempotency (the *_audit_and_idempotency.sql migrations). The primary key (caller, key) makes
/// the reservation atomic across every API process of the cluster: of two requests racing with one key, one insert wins.
/// </summary>
public sealed class SqlIdempotencyStore(GovernanceDatabase database, TimeProvider clock) : IIdempotencyStore
{
    public async Task<IdempotencyClaim> Claim(string caller, string key, string fingerprint, string resourceId, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var inserted = await database.Writes.Run(async () =>
        {
            await using var insert = Command(
                "INSERT INTO governance_idempotency (caller, idempotency_key, fingerprint, resource_id, reserved_at) " +
                "VALUES (@caller, @key, @fingerprint, @resource, @now) ON CONFLICT (caller, idempotency_key) DO NOTHING",
                caller, key);
            Add(insert, "fingerprint", fingerprint, DbType.String);
            Add(insert, "resource", resourceId, DbType.String);
            Add(insert, "now", Time(database.Dialect, now));
            return await insert.ExecuteNonQueryAsync(cancellationToken);
        });
        if (inserted == 1)
        {
            return new IdempotencyClaim.Reserved(resourceId);
        }

        await using var select = Command(
            "SELECT fingerprint, resource_id, reserved_at, status, headers, body FROM governance_idempotency " +
            "WHERE caller = @caller AND idempotency_key = @key", caller, key);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            // Released between our insert and this read: the caller asks again.
            return new IdempotencyClaim.InProgress();
        }

        if (reader.GetString(0) != fingerprint)
        {
            return new IdempotencyClaim.Mismatch();
        }

        if (!reader.IsDBNull(3))
        {
            var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(4)) ?? [];
            return new IdempotencyClaim.Answered(new RecordedAnswer(reader.GetInt32(3), headers, reader.GetString(5)));
        }

        var existing = reader.GetString(1);
        var reservedAt = reader.GetValue(2);
        return ReadTime(reservedAt) < now - lease && await TakeOver(caller, key, reservedAt, now, cancellationToken)
            ? new IdempotencyClaim.Reserved(existing)
            : new IdempotencyClaim.InProgress();
    }

    public Task Answer(string caller, string key, RecordedAnswer answer, CancellationToken cancellationToken) =>
        database.Writes.Run(async () =>
        {
            await using var update = Command(
                "UPDATE governance_idempotency SET status = @status, headers = @headers, body = @body WHERE caller = @caller AND idempotency_key = @key",
                caller, key);
            Add(update, "status", answer.Status, DbType.Int32);
            Add(update, "headers", JsonSerializer.Serialize(answer.Headers), DbType.String);
            Add(update, "body", answer.Body, DbType.String);
            await update.ExecuteNonQueryAsync(cancellationToken);
        });

    public Task Release(string caller, string key, CancellationToken cancellationToken) =>
        database.Writes.Run(async () =>
        {
            await using var delete = Command(
                "DELETE FROM governance_idempotency WHERE caller = @caller AND idempotency_key = @key AND status IS NULL", caller, key);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        });

    public Task Abandon(string caller, string key, TimeSpan lease, CancellationToken cancellationToken) =>
        database.Writes.Run(async () =>
        {
            await using var update = Command(
                "UPDATE governance_idempotency SET reserved_at = @over WHERE caller = @caller AND idempotency_key = @key AND status IS NULL", caller, key);
            Add(update, "over", Time(database.Dialect, IIdempotencyStore.LeaseOver(clock.GetUtcNow(), lease)));
            await update.ExecuteNonQueryAsync(cancellationToken);
        });

    public Task<int> ForgetBefore(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.Writes.Run(async () =>
        {
            await using var delete = database.DataSource.CreateCommand("DELETE FROM governance_idempotency WHERE reserved_at < @cutoff");
            Add(delete, "cutoff", Time(database.Dialect, cutoff));
            return await delete.ExecuteNonQueryAsync(cancellationToken);
        });

    /// <summary>Moves a dead request's reservation to this one, unless another retry got there first.</summary>
    private Task<bool> TakeOver(string caller, string key, object reservedAt, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.Writes.Run(async () =>
        {
            await using var update = Command(
                "UPDATE governance_idempotency SET reserved_at = @now " +
                "WHERE caller = @caller AND idempotency_key = @key AND status IS NULL AND reserved_at = @seen", caller, key);
            Add(update, "now", Time(database.Dialect, now));
            Add(update, "seen", reservedAt);
            return await update.ExecuteNonQueryAsync(cancellationToken) == 1;
        });

    private DbCommand Command(string sql, string caller, string key)
    {
        var command = database.DataSource.CreateCommand(sql);
        Add(command, "caller", caller, DbType.String);
        Add(command, "key", key, DbType.String);
        return command;
    }
}
