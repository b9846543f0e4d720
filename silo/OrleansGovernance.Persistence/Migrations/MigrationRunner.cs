using Microsoft.Extensions.Logging;
using OrleansGovernance.Persistence.Database;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OrleansGovernance.Persistence.Migrations;

/// <summary>
/// Applies the pending SQL scripts of a provider and records each in governance_schema_migrations. Safe when
/// several silos start at once: PostgreSQL runners queue on an advisory lock, SQLite runners on an immediate
/// transaction, and each re-reads what is applied once it holds the lock. A script runs in one transaction, so a
/// failure leaves the database as it was and names the script and the statement.
/// </summary>
public sealed class MigrationRunner(StorageProvider provider, string connectionString, ILogger log, IReadOnlyList<SqlScript>? scripts = null)
{
    // Any fixed 64-bit number; every runner of this platform must take the same one.
    private const long AdvisoryLockKey = 0x4f_47_4d_49_47_52_41_54;

    private const string CreateLedger = """
        CREATE TABLE IF NOT EXISTS governance_schema_migrations (
            version integer PRIMARY KEY,
            name text NOT NULL,
            checksum text NOT NULL,
            applied_at {0} NOT NULL
        )
        """;

    private readonly IReadOnlyList<SqlScript> _scripts = scripts ?? SqlScript.For(provider);

    /// <summary>Applies what is pending and returns the scripts this run applied.</summary>
    public async Task<IReadOnlyList<SqlScript>> Run(CancellationToken cancellationToken = default)
    {
        var scripts = _scripts;
        await using var connection = await Open(cancellationToken);
        await Lock(connection, cancellationToken);
        try
        {
            var pending = await ApplyPending(connection, scripts, cancellationToken);
            await Unlock(connection, succeeded: true);
            log.LogInformation("Storage {Provider}: {Applied} migration(s) applied, {Total} in all", provider, pending.Count, scripts.Count);
            return pending;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            try
            {
                await Unlock(connection, succeeded: false);
            }
            catch (DbException)
            {
                // The connection is gone; closing it releases the lock and discards the transaction, and the
                // failure that brought us here is the one worth reporting.
            }

            throw;
        }
    }

    private async Task<List<SqlScript>> ApplyPending(DbConnection connection, IReadOnlyList<SqlScript> scripts, CancellationToken cancellationToken)
    {
        await Execute(connection, null, string.Format(System.Globalization.CultureInfo.InvariantCulture, CreateLedger, provider == StorageProvider.Postgres ? "timestamptz" : "text"), cancellationToken);
        await Renumber(connection, scripts, cancellationToken);
        var applied = await Applied(connection, cancellationToken);
        var pending = new List<SqlScript>();
        foreach (var script in scripts)
        {
            if (applied.TryGetValue(script.Version, out var checksum))
            {
                if (checksum != script.Checksum)
                {
                    throw new MigrationException($"migration {script.Name} was changed after it was applied (checksum {checksum} in the database, {script.Checksum} now); add a new script instead of editing an applied one.");
                }

                continue;
            }

            await Apply(connection, script, cancellationToken);
            pending.Add(script);
        }

        return pending;
    }

    /// <summary>
    /// A script is the same change in both dialects under the same number and name. A SQLite ledger may record a script
    /// under a smaller number of its own (0002_grain_storage for 0003_grain_storage, from releases that numbered each
    /// dialect apart); such rows take the shared numbers here, matched by the name after the number, so those scripts
    /// are not applied twice. Moved in two steps because the recorded and shared numbers overlap.
    /// </summary>
    private async Task Renumber(DbConnection connection, IReadOnlyList<SqlScript> scripts, CancellationToken cancellationToken)
    {
        var recorded = await Recorded(connection, cancellationToken);
        var moves = scripts
            .Select(script => (Script: script, Old: recorded.FirstOrDefault(row => row.Version != script.Version && SqlScript.Change(row.Name) == SqlScript.Change(script.Name))))
            .Where(move => move.Old.Name is not null && recorded.All(row => row.Version != move.Script.Version || SqlScript.Change(row.Name) != SqlScript.Change(move.Script.Name)))
            .ToList();
        if (moves.Count == 0)
        {
            return;
        }

        await using var transaction = provider == StorageProvider.Postgres ? await connection.BeginTransactionAsync(cancellationToken) : null;
        foreach (var (_, old) in moves)
        {
            await Execute(connection, transaction, $"UPDATE governance_schema_migrations SET version = {-old.Version} WHERE version = {old.Version}", cancellationToken);
        }

        foreach (var (script, old) in moves)
        {
            await using var update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = "UPDATE governance_schema_migrations SET version = @version, name = @name WHERE version = @old";
            AddParameter(update, "version", script.Version);
            AddParameter(update, "name", script.Name);
            AddParameter(update, "old", -old.Version);
            await update.ExecuteNonQueryAsync(cancellationToken);
            log.LogInformation("Migration {Old} recorded as {Script}", old.Name, script.Name);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private async Task<DbConnection> Open(CancellationToken cancellationToken)
    {
        DbConnection connection = provider switch
        {
            StorageProvider.Postgres => new NpgsqlConnection(connectionString),
            StorageProvider.Sqlite => new SqliteConnection(connectionString),
            _ => throw new InvalidOperationException($"{provider} storage has no migrations."),
        };
        if (connection is SqliteConnection sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(sqlite.DataSource))!);
        }

        await connection.OpenAsync(cancellationToken);
        if (provider == StorageProvider.Sqlite)
        {
            // WAL lets readers run beside the writer; it is a property of the file, so setting it once is enough.
            await Execute(connection, null, "PRAGMA journal_mode=WAL", cancellationToken);
        }

        return connection;
    }

    /// <summary>PostgreSQL: a session advisory lock. SQLite: a write lock on the file, held as one transaction for the whole run.</summary>
    private Task Lock(DbConnection connection, CancellationToken cancellationToken) =>
        Execute(connection, null, provider == StorageProvider.Postgres ? $"SELECT pg_advisory_lock({AdvisoryLockKey})" : "BEGIN IMMEDIATE", cancellationToken);

    private Task Unlock(DbConnection connection, bool succeeded) => Execute(
        connection,
        null,
        provider == StorageProvider.Postgres ? $"SELECT pg_advisory_unlock({AdvisoryLockKey})" : succeeded ? "COMMIT" : "ROLLBACK",
        CancellationToken.None);

    private async Task<Dictionary<int, string>> Applied(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, checksum FROM governance_schema_migrations";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new Dictionary<int, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task<List<(int Version, string Name)>> Recorded(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, name FROM governance_schema_migrations";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(int, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetInt32(0), reader.GetString(1)));
        }

        return rows;
    }

    private async Task Apply(DbConnection connection, SqlScript script, CancellationToken cancellationToken)
    {
        // SQLite already runs inside the runner's immediate transaction; PostgreSQL gets one per script.
        await using var transaction = provider == StorageProvider.Postgres ? await connection.BeginTransactionAsync(cancellationToken) : null;
        var statements = script.Statements();
        for (var i = 0; i < statements.Count; i++)
        {
            try
            {
                await Execute(connection, transaction, statements[i].Text, cancellationToken);
            }
            catch (DbException e)
            {
                var excerpt = statements[i].Text.Length > 300 ? statements[i].Text[..300] + " …" : statements[i].Text;
                throw new MigrationException(
                    $"migration {script.Name} failed at statement {i + 1} of {statements.Count} (line {statements[i].Line}): {e.Message}{Environment.NewLine}{excerpt}", e);
            }
        }

        await using (var record = connection.CreateCommand())
        {
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO governance_schema_migrations (version, name, checksum, applied_at) VALUES (@version, @name, @checksum, @at)";
            AddParameter(record, "version", script.Version);
            AddParameter(record, "name", script.Name);
            AddParameter(record, "checksum", script.Checksum);
            AddParameter(record, "at", provider == StorageProvider.Postgres ? DateTime.UtcNow : DateTime.UtcNow.ToString("O"));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        log.LogInformation("Applied migration {Script} ({Statements} statements)", script.Name, statements.Count);
    }

    private static async Task Execute(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

public sealed class MigrationException(string message, Exception? inner = null) : Exception(message, inner);
