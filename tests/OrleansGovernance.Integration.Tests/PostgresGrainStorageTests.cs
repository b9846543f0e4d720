using System.Reflection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.Storage;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.Migrations;
using OrleansGovernance.Persistence.GrainState.Postgres;

namespace OrleansGovernance.Integration.Tests;

/// <summary>Grain state written by group commit: each write still stands or falls on its own.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresGrainStorageTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Writes_sent_together_are_each_committed_and_read_back_with_their_own_versions()
    {
        await using var storage = await Storage();
        var states = Enumerable.Range(0, 300).Select(i => (Id: Ticket(i), State: new GrainState<Note>(new Note($"note {i}")))).ToList();

        await Task.WhenAll(states.Select(s => storage.WriteStateAsync("ticket", s.Id, s.State)));
        await Task.WhenAll(states.Select(s => storage.WriteStateAsync("ticket", s.Id, s.State)));

        foreach (var (id, written) in states)
        {
            var read = new GrainState<Note>();
            await storage.ReadStateAsync("ticket", id, read);
            Assert.Equal((written.State!.Text, "2", true), (read.State!.Text, read.ETag, read.RecordExists));
        }
    }

    [Fact]
    public async Task Reads_sent_together_each_answer_their_own_grain_whether_stored_cleared_or_never_written()
    {
        await using var storage = await Storage();
        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => storage.WriteStateAsync("ticket", Ticket(i), new GrainState<Note>(new Note($"note {i}")))));
        var cleared = new GrainState<Note>();
        await storage.ReadStateAsync("ticket", Ticket(0), cleared);
        await storage.ClearStateAsync("ticket", Ticket(0), cleared);

        var reads = Enumerable.Range(0, 200).Select(i => (I: i, State: new GrainState<Note>())).ToList();
        await Task.WhenAll(reads.Select(r => storage.ReadStateAsync("ticket", Ticket(r.I), r.State)));

        Assert.Equal((false, "2"), (reads[0].State.RecordExists, reads[0].State.ETag));
        Assert.All(reads.Skip(1).Take(99), r => Assert.Equal(($"note {r.I}", "1", true), (r.State.State!.Text, r.State.ETag, r.State.RecordExists)));
        Assert.All(reads.Skip(100), r => Assert.Equal((false, null), (r.State.RecordExists, r.State.ETag)));
    }

    [Fact]
    public async Task A_stale_write_fails_alone_and_the_writes_beside_it_commit()
    {
        await using var storage = await Storage();
        var stale = new GrainState<Note>(new Note("first"));
        await storage.WriteStateAsync("ticket", Ticket(0), stale);
        var current = new GrainState<Note>();
        await storage.ReadStateAsync("ticket", Ticket(0), current);
        current.State = new Note("second");
        await storage.WriteStateAsync("ticket", Ticket(0), current);
        stale.State = new Note("lost update");

        var others = Enumerable.Range(1, 50).Select(i => storage.WriteStateAsync("ticket", Ticket(i), new GrainState<Note>(new Note("ok")))).ToList();
        var conflict = storage.WriteStateAsync("ticket", Ticket(0), stale);

        await Assert.ThrowsAsync<InconsistentStateException>(() => conflict);
        await Task.WhenAll(others);
        Assert.Equal("second", (await Read(storage, Ticket(0))).Text);
        Assert.Equal("ok", (await Read(storage, Ticket(50))).Text);
    }

    [Fact]
    public async Task A_second_first_write_of_one_grain_conflicts_instead_of_making_a_second_row()
    {
        await using var storage = await Storage();
        await storage.WriteStateAsync("ticket", Ticket(0), new GrainState<Note>(new Note("one activation")));

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("ticket", Ticket(0), new GrainState<Note>(new Note("another"))));
        Assert.Equal("one activation", (await Read(storage, Ticket(0))).Text);
    }

    [Fact]
    public async Task A_payload_the_database_refuses_fails_only_its_own_write()
    {
        await using var storage = await Storage();

        // jsonb refuses the NUL character, so this one write fails inside a batch of good ones.
        var refused = storage.WriteStateAsync("ticket", Ticket(0), new GrainState<Note>(new Note("bad \0 byte")));
        var others = Enumerable.Range(1, 50).Select(i => storage.WriteStateAsync("ticket", Ticket(i), new GrainState<Note>(new Note("ok")))).ToList();

        await Assert.ThrowsAsync<PostgresException>(() => refused);
        await Task.WhenAll(others);
        var nothing = new GrainState<Note>();
        await storage.ReadStateAsync("ticket", Ticket(0), nothing);
        Assert.Equal((null, false), (nothing.ETag, nothing.RecordExists));
    }

    [Fact]
    public async Task A_cleared_state_keeps_its_version_so_a_stale_activation_still_conflicts()
    {
        await using var storage = await Storage();
        var state = new GrainState<Note>(new Note("to clear"));
        await storage.WriteStateAsync("ticket", Ticket(0), state);
        var stale = new GrainState<Note>(new Note("stale")) { ETag = state.ETag };

        await storage.ClearStateAsync("ticket", Ticket(0), state);

        var read = new GrainState<Note>();
        await storage.ReadStateAsync("ticket", Ticket(0), read);
        Assert.Equal(("2", false, ""), (read.ETag, read.RecordExists, read.State!.Text));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("ticket", Ticket(0), stale));
    }

    [Theory]
    [InlineData("xiamen.jimei.xinglin.fangzhi.hualing-garden")]
    [InlineData("t-20261126092257086-323439")]
    [InlineData("小区")]
    public void Rows_are_addressed_exactly_as_the_Orleans_ADO_NET_provider_addresses_them(string key)
    {
        // The provider's key type is internal; its hash bytes and hasher are what rows written by it are found by.
        var adoKey = typeof(AdoNetGrainStorage).Assembly.GetType("Orleans.Storage.AdoGrainKey", throwOnError: true)!
            .GetConstructor([typeof(string)])!.Invoke([key]);
        var hashBytes = (byte[])adoKey.GetType().GetMethod("GetHashBytes", BindingFlags.Public | BindingFlags.Instance)!.Invoke(adoKey, null)!;

        var ours = GrainStateKey.Of(GrainId.Create("ticket", key));

        Assert.Equal(new GrainStateKey(new OrleansDefaultHasher().Hash(hashBytes), 0, 0, key), ours);
    }

    private async Task<PostgresGrainStorage> Storage()
    {
        var connectionString = postgres.ConnectionString(await postgres.CreateDatabase());
        await new MigrationRunner(StorageProvider.Postgres, connectionString, NullLogger.Instance).Run();
        return new PostgresGrainStorage(NpgsqlDataSource.Create(connectionString), "test-service", new JsonGrainStateSerializer(new StoredShapes(StoredShape.Of<Note>("note"))), committers: 2);
    }

    private static async Task<Note> Read(PostgresGrainStorage storage, GrainId id)
    {
        var state = new GrainState<Note>();
        await storage.ReadStateAsync("ticket", id, state);
        return state.State!;
    }

    private static GrainId Ticket(int i) => GrainId.Create("ticket", $"t-{i:D4}");

    public sealed record Note(string Text)
    {
        public Note()
            : this("")
        {
        }
    }
}
