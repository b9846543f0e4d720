using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OrleansGovernance.Domain;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Persistence.GrainState;

/// <summary>
/// Reads a compound's tickets and plans from the grain-state table (indexed by compoundId, see the
/// *_compound_facts_index.sql scripts), in one snapshot together with the outbox of the compound-changes stream and
/// storage's own clock; the statements of each dialect are in <see cref="PostgresCompoundFactsSql"/> and
/// <see cref="SqliteCompoundFactsSql"/>. A ticket's facts carry its stored row version, the version the stream's
/// events name.
/// </summary>
internal sealed class SqlCompoundFactsSource(GovernanceDatabase database, string serviceId, JsonGrainStateSerializer serializer) : ICompoundFactsSource
{
    public async Task<CompoundSnapshot> Read(string compoundId, Action<TicketFacts, int> ticket, CancellationToken cancellationToken)
    {
        var postgres = database.Dialect == SqlDialect.Postgres;
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);

        // PostgreSQL opens and ends its snapshot inside the batch itself; SQLite's deferred transaction takes its
        // snapshot at the first read and, unlike the driver's default (BEGIN IMMEDIATE), never waits for writers.
        await using var transaction = postgres ? null : ((SqliteConnection)connection).BeginTransaction(deferred: true);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = postgres ? PostgresCompoundFactsSql.Read : SqliteCompoundFactsSql.Read;
        Add(command, "compound", compoundId);
        Add(command, "service", serviceId);

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var readAt = SqlValues.ReadTime(reader.GetValue(0));

        await reader.NextResultAsync(cancellationToken);
        var inOutbox = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            inOutbox.Add(reader.GetString(0));
        }

        await reader.NextResultAsync(cancellationToken);
        var inFlight = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var version = reader.GetInt32(0);
            var facts = TicketFacts.Of(serializer.Deserialize<Ticket>(new BinaryData(reader.GetFieldValue<byte[]>(1)))!) with { Version = version };
            if (inOutbox.Contains(facts.Id))
            {
                inFlight[facts.Id] = version;
            }

            ticket(facts, version);
        }

        await reader.NextResultAsync(cancellationToken);
        var plans = new List<StoredPlan>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var version = reader.GetInt32(0);
            plans.Add(new StoredPlan(PlanFacts.Of(serializer.Deserialize<Plan>(new BinaryData(reader.GetFieldValue<byte[]>(1)))!), version));
        }

        return new CompoundSnapshot(plans, inFlight, readAt);
    }

    public async Task<IReadOnlyList<string>> Find(string compoundId, TicketQuery query, CancellationToken cancellationToken)
    {
        if (query.Take < 1)
        {
            throw DomainRuleException.Invalid($"a ticket query takes at least one ticket, not {query.Take}.");
        }

        var postgres = database.Dialect == SqlDialect.Postgres;
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = postgres ? PostgresCompoundFactsSql.Find : SqliteCompoundFactsSql.Find;
        Add(command, "compound", compoundId);
        Add(command, "service", serviceId);
        var statuses = StoredNames(query.Statuses);
        var categories = StoredNames(query.Categories);
        Add(command, "statuses", postgres ? statuses : JsonSerializer.Serialize(statuses));
        Add(command, "categories", postgres ? categories : JsonSerializer.Serialize(categories));
        SqlValues.Add(command, "from", Ticks(query.From), DbType.Int64);
        SqlValues.Add(command, "to", Ticks(query.To), DbType.Int64);
        SqlValues.Add(command, "before", query.Before, DbType.String);
        Add(command, "take", query.Take);

        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Enum values as the stored rows spell them: through the serializer's own JSON options.</summary>
    private static string[] StoredNames<T>(IReadOnlyList<T> values) where T : struct, Enum =>
        [.. values.Select(value => JsonSerializer.SerializeToElement(value, StoredJson.Options).GetString()!)];

    private static long? Ticks(DateTimeOffset? at) => at is { } instant ? instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks : null;

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
