using Npgsql;

namespace OrleansGovernance.Bench.National;

/// <summary>What the country takes on disk in PostgreSQL: the grain-state table with its indexes, and the whole database.</summary>
public sealed record StorageSize(long GrainStateBytes, long DatabaseBytes)
{
    public static async Task<StorageSize> Of(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_total_relation_size('orleans_grain_state'), pg_database_size(current_database())", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new StorageSize(reader.GetInt64(0), reader.GetInt64(1));
    }
}
