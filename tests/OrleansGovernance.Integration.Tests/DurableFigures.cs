using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Grains;
using OrleansGovernance.Api.Contracts;
using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;
using OrleansGovernance.Api;
using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Integration.Tests;

/// <summary>
/// A place's figures about requests and plans recomputed from what PostgreSQL holds: every ticket and plan row below
/// the place, read as the grain storage writes them, counted per compound by the Domain's calculator and summed as
/// the roll-up sums. What a served summary says about them must equal this at rest, whatever messages were lost.
/// </summary>
internal static class DurableFigures
{
    /// <summary>The parts of a summary that tickets and plans alone decide.</summary>
    private static readonly string[] Parts = ["requests", "satisfaction", "plans", "throughput"];

    private static readonly JsonGrainStateSerializer StoredRows = new(StoredStates.All);
    private static readonly JsonSerializerOptions Summaries = GovernanceApi.Configure(new JsonSerializerOptions());

    /// <summary>The served summary's parts and the recomputation's, as of the moment the summary was served.</summary>
    public static async Task<(string Served, string Recomputed)> Compare(string connectionString, string place, JsonElement served)
    {
        var asOf = served.GetProperty("asOf").GetDateTimeOffset();
        var tickets = await Rows<Ticket>(connectionString, "ticket", place);
        var plans = await Rows<Plan>(connectionString, "plan", place);
        var compounds = tickets.Select(t => t.CompoundId).Concat(plans.Select(p => p.CompoundId)).Distinct(StringComparer.Ordinal);
        var figures = PlaceFigures.Sum(compounds.Select(compound => FiguresCalculator.ForCompound(
            new CompoundProfile { Id = compound },
            null,
            tickets.Where(t => t.CompoundId == compound).Select(t => t.Facts),
            plans.Where(p => p.CompoundId == compound).Select(PlanFacts.Of),
            0,
            asOf)), asOf);
        var recomputed = JsonSerializer.SerializeToElement(PlaceSummary.From(place, "", "", "", figures), Summaries);
        return (Select(served), Select(recomputed));
    }

    private static string Select(JsonElement summary) =>
        string.Join(Environment.NewLine, Parts.Select(part => $"{part}: {summary.GetProperty(part).GetRawText()}"));

    private static async Task<List<T>> Rows<T>(string connectionString, string stateName, string place)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("""
            SELECT payload::text FROM orleans_grain_state
            WHERE state_name = @state AND payload IS NOT NULL
              AND (payload ->> 'compoundId' = @place OR payload ->> 'compoundId' LIKE @below)
            """, connection);
        query.Parameters.AddWithValue("state", stateName);
        query.Parameters.AddWithValue("place", place);
        query.Parameters.AddWithValue("below", place + ".%");
        var rows = new List<T>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(StoredRows.Deserialize<T>(BinaryData.FromString(reader.GetString(0)))!);
        }

        return rows;
    }
}
