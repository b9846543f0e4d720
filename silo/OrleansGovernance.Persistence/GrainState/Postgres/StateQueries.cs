using Npgsql;

namespace OrleansGovernance.Persistence.GrainState.Postgres;

/// <summary>The grain-state queries as the migrations wrote them into OrleansQuery: one copy of the SQL, read by both providers.</summary>
internal sealed record StateQueries(string Read, string Write, string Clear)
{
    public static async Task<StateQueries> Load(NpgsqlDataSource database)
    {
        await using var command = database.CreateCommand(
            "SELECT querykey, querytext FROM orleansquery WHERE querykey IN ('ReadFromStorageKey', 'WriteToStorageKey', 'ClearStorageKey')");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            texts[reader.GetString(0)] = reader.GetString(1);
        }

        return new StateQueries(Query("ReadFromStorageKey"), Query("WriteToStorageKey"), Query("ClearStorageKey"));

        string Query(string key) => texts.TryGetValue(key, out var text)
            ? text
            : throw new InvalidOperationException($"OrleansQuery has no {key}: run the migrations (the migrate command) first.");
    }
}
