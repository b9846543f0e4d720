using System.Collections.Concurrent;
using Npgsql;

namespace OrleansGovernance.Bench.Scale;

/// <summary>
/// After the load: every answered write is in PostgreSQL and readable through the API, and no request the load made
/// (answered or not) was stored twice, which is what a retry with the same Idempotency-Key must never cause.
/// </summary>
public sealed record WriteCheck(int Filed, int Acknowledged, int Stored, IReadOnlyList<string> Lost, IReadOnlyList<string> Unacknowledged, IReadOnlyList<string> Duplicated, IReadOnlyList<string> Unreadable)
{
    public bool Intact => Lost.Count == 0 && Unacknowledged.Count == 0 && Duplicated.Count == 0 && Unreadable.Count == 0;

    public static async Task<WriteCheck> Run(string connectionString, HttpClient api, ScaleLoad load)
    {
        var stored = await StoredTickets(connectionString, load.DescriptionPrefix);
        var byId = stored.ToDictionary(t => t.Id);
        var lost = load.Filed.Where(f => !byId.TryGetValue(f.Id, out var s) || s.Description != f.Description).Select(f => f.Id).ToList();
        var unacknowledged = load.Acknowledged.Where(id => byId.TryGetValue(id, out var s) && s.Status == "submitted").ToList();
        var duplicated = stored.GroupBy(t => t.Description).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.Id))}").ToList();
        return new WriteCheck(load.Filed.Count, load.Acknowledged.Count, stored.Count, lost, unacknowledged, duplicated, await NotReadable(api, load.Filed));
    }

    private static async Task<List<(string Id, string Description, string Status)>> StoredTickets(string connectionString, string descriptionPrefix)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand("""
            SELECT grain_id_extension, payload ->> 'description', payload ->> 'status' FROM orleans_grain_state
            WHERE state_name = 'ticket' AND starts_with(payload ->> 'description', @prefix)
            """, connection);
        select.Parameters.AddWithValue("prefix", descriptionPrefix);
        await using var reader = await select.ExecuteReaderAsync();
        var tickets = new List<(string, string, string)>();
        while (await reader.ReadAsync())
        {
            tickets.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return tickets;
    }

    /// <summary>The filed tickets the API does not answer 200 for.</summary>
    private static async Task<List<string>> NotReadable(HttpClient api, IReadOnlyCollection<FiledTicket> filed)
    {
        var unreadable = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(filed, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (ticket, cancel) =>
        {
            using var response = await api.GetAsync($"/api/v1/tickets/{ticket.Id}", cancel);
            if (!response.IsSuccessStatusCode)
            {
                unreadable.Add($"{ticket.Id}: {(int)response.StatusCode}");
            }
        });
        return [.. unreadable];
    }
}
