namespace OrleansGovernance.Persistence.GrainState;

/// <summary>
/// The SQLite text of <see cref="SqlCompoundFactsSource"/>. The partial index of the *_compound_facts_index.sql
/// scripts serves a query only when its WHERE repeats the index's own condition word for word, hence the
/// state_name IN ('ticket', 'plan') beside the narrower state_name condition. The JSON members named here are those
/// of the stored rows, pinned by the stored-shape tests.
/// </summary>
internal static class SqliteCompoundFactsSql
{
    /// <summary>
    /// Run in one read transaction, so one snapshot: the clock, the tickets with changes still in the outbox, then
    /// every ticket without the text and personal data the facts never read, then every plan.
    /// </summary>
    public const string Read = """
        SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
        SELECT DISTINCT item_id
        FROM governance_compound_changes
        WHERE compound_id = @compound AND state_name = 'ticket';
        SELECT version,
               CAST(json_remove(payload, '$.history', '$.description', '$.location', '$.reporter', '$.details', '$.claimantName') AS BLOB)
        FROM orleans_grain_state
        WHERE state_name IN ('ticket', 'plan') AND json_extract(payload, '$.compoundId') = @compound
          AND state_name = 'ticket' AND service_id = @service AND payload IS NOT NULL;
        SELECT version, CAST(payload AS BLOB)
        FROM orleans_grain_state
        WHERE state_name IN ('ticket', 'plan') AND json_extract(payload, '$.compoundId') = @compound
          AND state_name = 'plan' AND service_id = @service AND payload IS NOT NULL;
        """;

    /// <summary>
    /// The <see cref="Domain.Tickets.TicketQuery"/> of a compound. Text compares byte by byte, as ordinal strings
    /// do. submittedAt is compared as an instant to the 100 ns tick, as DateTimeOffset does: whole seconds through
    /// unixepoch (which honours each value's offset), the fraction from its digits, since SQLite's time functions
    /// keep only milliseconds. @statuses and @categories are JSON arrays; @from and @to are ticks since the Unix epoch.
    /// </summary>
    public const string Find = """
        WITH ticket AS (
            SELECT json_extract(payload, '$.id') AS id,
                   json_extract(payload, '$.status') AS status,
                   json_extract(payload, '$.category') AS category,
                   json_extract(payload, '$.submittedAt') AS submitted
            FROM orleans_grain_state
            WHERE state_name IN ('ticket', 'plan') AND json_extract(payload, '$.compoundId') = @compound
              AND state_name = 'ticket' AND service_id = @service AND payload IS NOT NULL
        ),
        fraction AS (
            SELECT id, status, category, submitted,
                   CASE WHEN instr(submitted, '.') > 0 THEN substr(submitted, instr(submitted, '.') + 1) ELSE '' END AS tail
            FROM ticket
        ),
        timed AS (
            SELECT id, status, category,
                   unixepoch(submitted) * 10000000
                   + CAST(substr(substr(tail, 1, length(tail) - length(ltrim(tail, '0123456789'))) || '0000000', 1, 7) AS INTEGER) AS submitted_ticks
            FROM fraction
        )
        SELECT id
        FROM timed
        WHERE (json_array_length(@statuses) = 0 OR status IN (SELECT value FROM json_each(@statuses)))
          AND (json_array_length(@categories) = 0 OR category IN (SELECT value FROM json_each(@categories)))
          AND (@from IS NULL OR submitted_ticks >= @from)
          AND (@to IS NULL OR submitted_ticks < @to)
          AND (@before IS NULL OR id < @before)
        ORDER BY id DESC
        LIMIT @take
        """;
}
