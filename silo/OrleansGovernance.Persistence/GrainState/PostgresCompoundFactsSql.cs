namespace OrleansGovernance.Persistence.GrainState;

/// <summary>
/// The PostgreSQL text of <see cref="SqlCompoundFactsSource"/>. Every statement filters on state_name and the
/// compoundId member, which the partial index of the *_compound_facts_index.sql scripts serves; the JSON members
/// named here are those of the stored rows, pinned by the stored-shape tests.
/// </summary>
internal static class PostgresCompoundFactsSql
{
    /// <summary>
    /// One batch, so one round trip, in one REPEATABLE READ snapshot: the clock, the tickets with changes still in the
    /// outbox, then every ticket without the text and personal data the facts never read, then every plan.
    /// </summary>
    public const string Read = """
        BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;
        SELECT now();
        SELECT DISTINCT item_id
        FROM governance_compound_changes
        WHERE compound_id = @compound AND state_name = 'ticket';
        SELECT version,
               convert_to(CAST(payload - ARRAY['history', 'description', 'location', 'reporter', 'details', 'claimantName'] AS text), 'UTF8')
        FROM orleans_grain_state
        WHERE state_name = 'ticket' AND payload ->> 'compoundId' = @compound
          AND service_id = @service AND payload IS NOT NULL;
        SELECT version, convert_to(CAST(payload AS text), 'UTF8')
        FROM orleans_grain_state
        WHERE state_name = 'plan' AND payload ->> 'compoundId' = @compound
          AND service_id = @service AND payload IS NOT NULL;
        COMMIT
        """;

    /// <summary>
    /// The <see cref="Domain.Tickets.TicketQuery"/> of a compound. Ids compare byte by byte (COLLATE "C"), as ordinal
    /// strings do. submittedAt is compared as an instant to the 100 ns tick, as DateTimeOffset does: whole seconds
    /// through timestamptz (which honours each value's offset), the fraction from its digits, since timestamptz keeps
    /// only microseconds. @from and @to are ticks since the Unix epoch.
    /// </summary>
    public const string Find = """
        WITH ticket AS (
            SELECT payload ->> 'id' AS id,
                   payload ->> 'status' AS status,
                   payload ->> 'category' AS category,
                   payload ->> 'submittedAt' AS submitted
            FROM orleans_grain_state
            WHERE state_name = 'ticket' AND payload ->> 'compoundId' = @compound
              AND service_id = @service AND payload IS NOT NULL
        ),
        timed AS (
            SELECT id, status, category,
                   CAST(extract(epoch FROM CAST(regexp_replace(submitted, '\.[0-9]+', '') AS timestamptz)) AS bigint) * 10000000
                   + CAST(rpad(coalesce(substring(submitted FROM '\.([0-9]+)'), ''), 7, '0') AS bigint) AS submitted_ticks
            FROM ticket
        )
        SELECT id
        FROM timed
        WHERE (cardinality(@statuses) = 0 OR status = ANY(@statuses))
          AND (cardinality(@categories) = 0 OR category = ANY(@categories))
          AND (CAST(@from AS bigint) IS NULL OR submitted_ticks >= @from)
          AND (CAST(@to AS bigint) IS NULL OR submitted_ticks < @to)
          AND (CAST(@before AS text) IS NULL OR id COLLATE "C" < @before)
        ORDER BY id COLLATE "C" DESC
        LIMIT @take
        """;
}
