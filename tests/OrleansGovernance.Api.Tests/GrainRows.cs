using Microsoft.Data.Sqlite;

namespace OrleansGovernance.Api.Tests;

/// <summary>Reads the platform's grain-state table directly, to see whether a refused request left a row behind.</summary>
public sealed class GrainRows(string databasePath)
{
    /// <summary>
    /// Every row but those the followers of the compound-changes stream keep: a compound's webhook dispatcher, an
    /// endpoint's log, a compound's resident notices and the notice desk store theirs a moment after an earlier accepted
    /// change (a ticket acknowledged while the suite set up, one an endpoint a fuzzed write registered may want), never
    /// for the request at hand.
    /// </summary>
    public Task<long> Count() => Scalar(
        "SELECT count(*) FROM orleans_grain_state WHERE state_name NOT IN ('webhook-dispatch', 'webhook-log', 'resident-notices', 'notice-desk')", null);

    /// <summary>Rows of one grain type, by its state name: written before the write that made them is answered.</summary>
    public Task<long> OfState(string stateName) =>
        Scalar("SELECT count(*) FROM orleans_grain_state WHERE state_name = $key", stateName);

    /// <summary>Rows of any grain whose key mentions <paramref name="key"/>.</summary>
    public Task<long> Mentioning(string key) =>
        Scalar("SELECT count(*) FROM orleans_grain_state WHERE instr(grain_id_extension, $key) > 0", key);

    /// <summary>Milestone evidence files stored (migration 0012), to see whether a refused upload left one behind.</summary>
    public Task<long> EvidenceFiles() => Scalar("SELECT count(*) FROM governance_milestone_evidence", null);

    private async Task<long> Scalar(string sql, string? key)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (key is not null)
        {
            command.Parameters.AddWithValue("$key", key);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }
}
