using OrleansGovernance.Abstractions;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Persistence.History;
using OrleansGovernance.Persistence.Streams;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>
/// The history importer's batches on SQLite: tickets stored once, no ticket change in the outbox (imported history must
/// never reach notifications or webhooks), the journal moved with them, and at the file's end one history-import row
/// per compound instead.
/// </summary>
public sealed class HistoryStoreTests
{
    private const string Hualing = "xiamen.jimei.xinglin.fangzhi.hualing-garden";
    private const string Ningbao = "xiamen.jimei.xinglin.ningbao.ningbao-shijia";

    public static Ticket Imported(string compound, int n)
    {
        var filed = new DateTimeOffset(2023, 10, 12, 8, 0, 0, TimeSpan.FromHours(8)).AddMinutes(n);
        var ticket = Ticket.Submit(TicketIds.Imported(filed, $"S{n}"), new TicketSubmission(compound, TicketCategory.Noise, TicketChannel.Hotline, "noise", null, null), ServiceLevelPolicy.Default, new Stamp("import", filed));
        ticket.Acknowledge(new Stamp("import", filed.AddMinutes(3)));
        return ticket;
    }

    [Fact]
    public async Task Batches_store_their_tickets_once_without_a_ticket_change_and_the_end_tells_each_compound_once()
    {
        await using var database = await OutboxDatabase.Create();
        var store = new SqlHistoryStore(database.Database, "outbox-tests", OutboxDatabase.Serializer);
        await store.Begin(new ImportJournal("hash", "requests.csv", 3), CancellationToken.None);
        Ticket[] batch = [Imported(Hualing, 1), Imported(Hualing, 2), Imported(Ningbao, 3)];

        var stored = await store.Commit("hash", batch, 4, CancellationToken.None);
        var again = await store.Commit("hash", batch, 5, CancellationToken.None);

        // A second run of the same file committing a batch the first already did is refused whole, counting nothing.
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.Commit("hash", batch, 5, CancellationToken.None));
        Assert.Equal((3, 0), (stored, again));
        Assert.Empty(await database.Rows());
        Assert.Equal(new ImportJournal("hash", "requests.csv", 3, 5, 3, 3), await store.Journal("hash", CancellationToken.None));

        await store.Finish("hash", new Dictionary<string, int> { [Hualing] = 2, [Ningbao] = 1 }, CancellationToken.None);

        var rows = await database.Rows();
        Assert.Equal([(Hualing, "history-import", 2L), (Ningbao, "history-import", 1L)], rows.Select(r => (r.Compound, r.State, r.To)).Order());
        Assert.NotNull((await store.Journal("hash", CancellationToken.None))?.FinishedAt);
        var reader = new CompoundChangeReader(OutboxDatabase.Serializer);
        Assert.Equal(2, ((HistoryImported)reader.Read(new OutboxRow(0, 1, Hualing, "history-import", Hualing, 0, 2, null, null, DateTimeOffset.UnixEpoch))).Tickets);

        // An ordinary write afterwards is a ticket change as always.
        await database.Write("ticket", "t-20240101000000000-abcdef", null, Imported(Hualing, 9));
        Assert.Contains(await database.Rows(), r => r.State == "ticket");
    }

    [Fact]
    public async Task The_compounds_an_export_names_are_read_from_storage()
    {
        await using var database = await OutboxDatabase.Create();
        await database.Write("compound", Hualing, null, new Grains.CompoundState { Profile = new() { Id = Hualing, Name = "Hualing Garden", NameZh = "华铃花园", CommunityId = "xiamen.jimei.xinglin.fangzhi" } });

        var compounds = await new SqlHistoryStore(database.Database, "outbox-tests", OutboxDatabase.Serializer).Compounds(CancellationToken.None);

        Assert.Equal(new CompoundEntry(Hualing, "Hualing Garden", "华铃花园"), Assert.Single(compounds));
    }
}
