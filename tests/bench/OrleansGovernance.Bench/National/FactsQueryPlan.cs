using Npgsql;

namespace OrleansGovernance.Bench.National;

/// <summary>
/// How PostgreSQL answers the query every compound runs when it activates (its tickets, by compoundId): the plan
/// and its time for one compound, so a slow activation can be told apart from a slow silo.
/// </summary>
internal static class FactsQueryPlan
{
    public static async Task<string> Explain(string connectionString, string compoundId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            EXPLAIN (ANALYZE, COSTS OFF)
            SELECT state_name, convert_to(CAST(payload AS text), 'UTF8')
            FROM orleans_grain_state
            WHERE state_name IN ('ticket', 'plan') AND payload ->> 'compoundId' = @compound
              AND service_id = @service AND payload IS NOT NULL
              AND (CAST(@since AS timestamptz) IS NULL OR modified_on >= @since)
            """, connection);
        command.Parameters.AddWithValue("compound", compoundId);
        command.Parameters.AddWithValue("service", "governance");
        command.Parameters.AddWithValue("since", DBNull.Value);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join(Environment.NewLine, lines);
    }
}
