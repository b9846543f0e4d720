using System.Text.Json;
using Npgsql;
using OrleansGovernance.Bench.Synthetic;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Bench.National;

/// <summary>
/// A recount in SQL of the ticket rows in grain storage, by status and by rating, set against the generator's own
/// count: the figures at the top are checked against the generator, and this says the rows the silo read are those.
/// </summary>
internal static class StoredTicketCount
{
    public static async Task<IReadOnlyList<string>> Differences(string connectionString, CountryTotals totals)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT 'status', payload ->> 'status', count(*) FROM orleans_grain_state WHERE state_name = 'ticket' GROUP BY 2
            UNION ALL
            SELECT 'rating', payload ->> 'rating', count(*) FROM orleans_grain_state WHERE state_name = 'ticket' AND payload ->> 'rating' IS NOT NULL GROUP BY 2
            """, connection);
        var stored = new Dictionary<(string, string), long>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored[(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);
            }
        }

        var expected = Enum.GetValues<TicketStatus>().Select(s => (("status", Name(s)), totals.Status(s)))
            .Concat(Enum.GetValues<SatisfactionLevel>().Select(l => (("rating", Name(l)), totals.Rating(l))))
            .Where(e => e.Item2 > 0)
            .ToDictionary(e => e.Item1, e => e.Item2);
        return [.. expected.Keys.Union(stored.Keys)
            .Where(key => expected.GetValueOrDefault(key) != stored.GetValueOrDefault(key))
            .Select(key => $"{key.Item1} {key.Item2}: generated {expected.GetValueOrDefault(key)}, stored {stored.GetValueOrDefault(key)}")];
    }

    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
