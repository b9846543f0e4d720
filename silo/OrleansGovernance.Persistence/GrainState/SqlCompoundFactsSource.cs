using System.Data.Common;
using System.Globalization;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Persistence.GrainState;

/// <summary>
/// Reads a compound's tickets and plans from the grain-state table (indexed by compoundId, see the
/// *_compound_facts_index.sql scripts), with storage's own clock as the watermark for the next read.
/// </summary>
internal sealed class SqlCompoundFactsSource(GovernanceDatabase database, string serviceId, JsonGrainStateSerializer serializer) : ICompoundFactsSource
{
    // The JSON members named here are those of the stored ticket and plan rows, pinned by the stored-shape tests.
    internal const string PostgresQuery = """
        SELECT now();
        SELECT state_name, convert_to(CAST(payload AS text), 'UTF8')
        FROM orleans_grain_state
        WHERE state_name IN ('ticket', 'plan') AND payload ->> 'compoundId' = @compound
          AND service_id = @service AND payload IS NOT NULL
          AND (CAST(@since AS timestamptz) IS NULL OR modified_on >= @since)
        """;

    internal const string SqliteQuery = """
        SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
        SELECT state_name, CAST(payload AS BLOB)
        FROM orleans_grain_state
        WHERE state_name IN ('ticket', 'plan') AND json_extract(payload, '$.compoundId') = @compound
          AND service_id = @service AND payload IS NOT NULL
          AND (@since IS NULL OR modified_on >= @since)
        """;

    private const string SqliteTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public async Task<CompoundFacts> Load(string compoundId, DateTimeOffset? changedSince, CancellationToken cancellationToken)
    {
        var postgres = database.Dialect == SqlDialect.Postgres;
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = postgres ? PostgresQuery : SqliteQuery;
        Add(command, "compound", compoundId);
        Add(command, "service", serviceId);
        Add(command, "since", changedSince is { } since
            ? postgres ? since.UtcDateTime : since.UtcDateTime.ToString(SqliteTimeFormat, CultureInfo.InvariantCulture)
            : DBNull.Value);

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var readUpTo = postgres
            ? new DateTimeOffset(reader.GetFieldValue<DateTime>(0), TimeSpan.Zero)
            : DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        await reader.NextResultAsync(cancellationToken);
        var tickets = new List<TicketFacts>();
        var plans = new List<PlanFacts>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var payload = new BinaryData(reader.GetFieldValue<byte[]>(1));
            if (reader.GetString(0) == "ticket")
            {
                tickets.Add(serializer.Deserialize<Ticket>(payload)!.Facts);
            }
            else
            {
                plans.Add(PlanFacts.Of(serializer.Deserialize<Plan>(payload)!));
            }
        }

        return new CompoundFacts(tickets, plans, readUpTo);
    }

    public Task<CompoundSnapshot> Read(string compoundId, Action<TicketFacts, int> ticket, CancellationToken cancellationToken) =>
        throw new NotSupportedException("transitional");

    public Task<IReadOnlyList<string>> Find(string compoundId, TicketQuery query, CancellationToken cancellationToken) =>
        throw new NotSupportedException("transitional");

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>
/// For memory storage (tests): nothing outlives the process, so a reactivated compound has no durable tickets to
/// read back, and its figures come from the events it receives.
/// </summary>
internal sealed class VolatileCompoundFactsSource : ICompoundFactsSource
{
    public Task<CompoundFacts> Load(string compoundId, DateTimeOffset? changedSince, CancellationToken cancellationToken) =>
        Task.FromResult(new CompoundFacts([], [], null));

    public Task<CompoundSnapshot> Read(string compoundId, Action<TicketFacts, int> ticket, CancellationToken cancellationToken) =>
        throw new NotSupportedException("transitional");

    public Task<IReadOnlyList<string>> Find(string compoundId, TicketQuery query, CancellationToken cancellationToken) =>
        throw new NotSupportedException("transitional");
}
