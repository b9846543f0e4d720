using Microsoft.Data.Sqlite;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains.Tests;

/// <summary>What the compound-changes stream delivers more than once is counted once.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CompoundChangeDeliveryTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_filing_delivered_again_after_it_was_counted_is_counted_once()
    {
        var grains = fixture.Client;
        var compound = grains.GetGrain<ICompoundGrain>(await Places.Compound(grains, await Places.Community(grains)));
        var ticket = await grains.GetGrain<ITicketGrain>(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared)).Submit(
            new TicketSubmission(compound.GetPrimaryKeyString(), TicketCategory.Sanitation, TicketChannel.Hotline, "bins overflowing", null, null), Places.Stamp());
        await Eventually.Until(compound.GetReport, r => r.Figures.Requests.Submitted == 1);

        // As a receiver that died before deleting what it delivered: the filing's outbox row comes round again.
        await Execute($"""
            INSERT INTO governance_compound_changes (queue_id, compound_id, state_name, item_id, from_version, to_version, facts_before, facts_after)
            SELECT 0, json_extract(payload, '$.compoundId'), 'ticket', json_extract(payload, '$.id'), 0, 1, NULL, json_remove(payload, '$.history', '$.reporter')
            FROM orleans_grain_state WHERE state_name = 'ticket' AND json_extract(payload, '$.id') = '{ticket.Id}'
            """);
        await Eventually.Until(() => Execute("SELECT count(*) FROM governance_compound_changes"), left => left == 0);

        Assert.Equal(1, (await compound.GetReport()).Figures.Requests.Submitted);
    }

    private async Task<long> Execute(string sql)
    {
        await using var connection = new SqliteConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync() is long count ? count : 0;
    }
}
