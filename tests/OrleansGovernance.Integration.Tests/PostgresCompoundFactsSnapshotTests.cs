using Npgsql;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Persistence.Tests.Facts;
using static OrleansGovernance.Persistence.Tests.Facts.FiledTickets;

namespace OrleansGovernance.Integration.Tests;

/// <summary>
/// PostgreSQL runs a read's statements back to back, so a change rarely lands between them by chance; here a lock on
/// the grain-state table holds the read after its outbox statement while a change commits.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCompoundFactsSnapshotTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_change_committed_between_the_outbox_and_the_ticket_statements_of_a_read_is_outside_its_whole_snapshot()
    {
        await using var store = await PostgresCompoundFactsStore.Create(postgres);
        var ticket = File("t-20260302010000000-aaaaaa", new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        await store.Store("ticket", ticket.Id, ticket);
        await store.Deliver();

        await using var writer = await store.DataSource.OpenConnectionAsync();
        await using var change = await writer.BeginTransactionAsync();
        await Execute(writer, "LOCK TABLE orleans_grain_state IN ACCESS EXCLUSIVE MODE");
        var handed = new List<TicketFacts>();
        var read = store.Source.Read(Compound, (facts, _) => handed.Add(facts), CancellationToken.None);
        var waiting = await Eventually.Until(ReadsWaitingForTheLock(store.DataSource), count => count > 0);
        await Execute(writer, """
            UPDATE orleans_grain_state SET payload = jsonb_set(payload, '{status}', '"acknowledged"'), version = version + 1
            WHERE state_name = 'ticket' AND payload ->> 'id' = 't-20260302010000000-aaaaaa'
            """);
        await change.CommitAsync();
        var snapshot = await read;
        var next = new List<TicketFacts>();
        var nextSnapshot = await store.Source.Read(Compound, (facts, _) => next.Add(facts), CancellationToken.None);

        Assert.Equal(1, waiting);
        Assert.Equal((1, TicketStatus.Submitted), (Assert.Single(handed).Version, handed[0].Status));
        Assert.Empty(snapshot.TicketsInFlight);
        Assert.Equal((2, TicketStatus.Acknowledged), (Assert.Single(next).Version, next[0].Status));
        Assert.Equal(new Dictionary<string, int> { [ticket.Id] = 2 }, nextSnapshot.TicketsInFlight);
    }

    private static Func<Task<long>> ReadsWaitingForTheLock(NpgsqlDataSource database) => async () =>
    {
        await using var command = database.CreateCommand(
            "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = CAST('orleans_grain_state' AS regclass)");
        return (long)(await command.ExecuteScalarAsync())!;
    };

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
