using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OrleansGovernance.Api.Audit;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Persistence.Stores;
using OrleansGovernance.Api.Idempotency;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.Migrations;

namespace OrleansGovernance.Integration.Tests;

/// <summary>The API's own tables (audit trail, idempotency keys) on both databases the platform runs on.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ApiStoresTests(PostgresFixture postgres) : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly RecordedAnswer Filed = new(201, new Dictionary<string, string> { ["Location"] = "/api/v1/tickets/t-1" }, """{"id":"t-1"}""");

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("og-stores-");

    public static TheoryData<StorageProvider> Providers => [StorageProvider.Postgres, StorageProvider.Sqlite];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_idempotency_key_is_reserved_once_answered_replayed_and_taken_over_only_after_its_lease(StorageProvider provider)
    {
        var clock = new SteppedClock();
        var store = new SqlIdempotencyStore(await Database(provider), clock);

        var first = await store.Claim("resident-a", "k1", "body-1", "t-first", Lease, default);
        var whileBusy = await store.Claim("resident-a", "k1", "body-1", "t-second", Lease, default);
        var otherBody = await store.Claim("resident-a", "k1", "body-2", "t-third", Lease, default);
        clock.Now += Lease + TimeSpan.FromSeconds(1);
        var afterLease = await store.Claim("resident-a", "k1", "body-1", "t-fourth", Lease, default);
        await store.Answer("resident-a", "k1", Filed, default);
        var replay = await store.Claim("resident-a", "k1", "body-1", "t-fifth", Lease, default);

        Assert.Equal(new IdempotencyClaim.Reserved("t-first"), first);
        Assert.IsType<IdempotencyClaim.InProgress>(whileBusy);
        Assert.IsType<IdempotencyClaim.Mismatch>(otherBody);
        Assert.Equal(new IdempotencyClaim.Reserved("t-first"), afterLease);
        var answered = Assert.IsType<IdempotencyClaim.Answered>(replay);
        Assert.Equal((Filed.Status, Filed.Body, Filed.Headers["Location"]), (answered.Answer.Status, answered.Answer.Body, answered.Answer.Headers["Location"]));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_abandoned_reservation_passes_at_once_to_the_retry_with_its_resource_id(StorageProvider provider)
    {
        var store = new SqlIdempotencyStore(await Database(provider), new SteppedClock());
        await store.Claim("resident-c", "k", "body-1", "t-first", Lease, default);

        await store.Abandon("resident-c", "k", Lease, default);
        var retry = await store.Claim("resident-c", "k", "body-1", "t-second", Lease, default);
        var anotherRetry = await store.Claim("resident-c", "k", "body-1", "t-third", Lease, default);

        Assert.Equal(new IdempotencyClaim.Reserved("t-first"), retry);
        Assert.IsType<IdempotencyClaim.InProgress>(anotherRetry);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_released_key_can_be_used_again_and_old_keys_are_forgotten(StorageProvider provider)
    {
        var clock = new SteppedClock();
        var store = new SqlIdempotencyStore(await Database(provider), clock);
        await store.Claim("resident-b", "k", "body-1", "t-1", Lease, default);
        await store.Release("resident-b", "k", default);
        var again = await store.Claim("resident-b", "k", "body-2", "t-2", Lease, default);
        await store.Answer("resident-b", "k", Filed, default);
        clock.Now += TimeSpan.FromDays(2);

        var forgotten = await store.ForgetBefore(clock.Now - TimeSpan.FromDays(1), default);

        Assert.Equal(new IdempotencyClaim.Reserved("t-2"), again);
        Assert.Equal(1, forgotten);
        Assert.Equal(new IdempotencyClaim.Reserved("t-3"), await store.Claim("resident-b", "k", "body-3", "t-3", Lease, default));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Audit_entries_written_together_are_all_kept_and_read_newest_first(StorageProvider provider)
    {
        await using var trail = new SqlAuditTrail(await Database(provider));
        var at = new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            trail.Record(new AuditEntry(0, at.AddSeconds(i), $"staff-{i % 2}", "staff", "POST /api/v1/tickets/", "/api/v1/tickets", $"t-{i:00}", 201))));

        var all = await trail.Read(new AuditQuery(null, null, null, 100));
        var mine = await trail.Read(new AuditQuery("t-1", "staff-1", null, 100));
        Assert.Equal(50, all.Count);
        Assert.Equal(all.Select(e => e.Id).OrderDescending(), all.Select(e => e.Id));
        Assert.Equal(["t-19", "t-17", "t-15", "t-13", "t-11"], mine.Select(e => e.SubjectId!).OrderDescending());
        Assert.Equal(at.AddSeconds(11), mine.Single(e => e.SubjectId == "t-11").At);
    }

    [Fact]
    public async Task PostgreSQL_refuses_to_change_or_delete_an_audit_entry()
    {
        var database = await Database(StorageProvider.Postgres);
        await using (var trail = new SqlAuditTrail(database))
        {
            await trail.Record(new AuditEntry(0, DateTimeOffset.UtcNow, "admin", "admin", "PUT /api/v1/regions/{id}", "/api/v1/regions/xiamen", "xiamen", 200));
        }

        foreach (var sql in new[] { "UPDATE governance_audit SET status = 500", "DELETE FROM governance_audit" })
        {
            await using var command = database.DataSource.CreateCommand(sql);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", refused.MessageText);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Milestone_evidence_is_stored_by_migration_0012_and_read_back_whole(StorageProvider provider)
    {
        var store = new SqlEvidenceStore(await Database(provider));
        var photo = new EvidenceFile("ev-0123456789abcdef01234567", "xiamen.jimei.xinglin.ningbao.ningbao-shijia.plan-screen", "display",
            "显示屏.png", "image/png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 255 }, "plan-owner-li",
            new DateTimeOffset(2026, 11, 20, 2, 30, 0, TimeSpan.Zero));

        await store.Save(photo);
        var read = await store.Find(photo.Id);

        Assert.NotNull(read);
        Assert.Equal(photo.Content.ToArray(), read.Content.ToArray());
        Assert.Equal(photo with { Content = default }, read with { Content = default });
        Assert.Null(await store.Find("ev-never"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Evidence_is_described_without_its_bytes_and_migration_0013_sweeps_only_old_files_no_step_named(StorageProvider provider)
    {
        var store = new SqlEvidenceStore(await Database(provider));
        var uploaded = new DateTimeOffset(2026, 11, 20, 2, 30, 0, TimeSpan.Zero);
        var named = new EvidenceFile("ev-named", "xiamen.jimei.xinglin.ningbao.ningbao-shijia.plan-screen", "display",
            "显示屏.png", "image/png", new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "plan-owner-li", uploaded);
        var unnamed = named with { Id = "ev-unnamed" };
        await store.Save(named);
        await store.Save(unnamed);

        Assert.Equal(new EvidenceFacts("ev-named", named.PlanId, "display", "显示屏.png", "image/png", 4), await store.Describe("ev-named"));
        await store.MarkReferenced(["ev-named"], uploaded.AddHours(1));
        Assert.Equal(1, await store.CountUnreferenced(named.PlanId, "display"));

        Assert.Equal(0, await store.DeleteUnreferenced(uploaded));
        Assert.Equal(1, await store.DeleteUnreferenced(uploaded.AddDays(1)));

        Assert.Null(await store.Describe("ev-unnamed"));
        Assert.NotNull(await store.Find("ev-named"));
    }

    private async Task<GovernanceDatabase> Database(StorageProvider provider)
    {
        var connectionString = provider == StorageProvider.Postgres
            ? await postgres.CreateDatabase()
            : StorageOptions.SqliteConnectionString(Path.Combine(_data.FullName, $"{Guid.NewGuid():N}.db"));
        await new MigrationRunner(provider, connectionString, NullLogger.Instance).Run();
        DbDataSource source = provider == StorageProvider.Postgres
            ? NpgsqlDataSource.Create(connectionString)
            : SqliteFactory.Instance.CreateDataSource(connectionString);
        return new GovernanceDatabase(source, provider == StorageProvider.Postgres ? SqlDialect.Postgres : SqlDialect.Sqlite);
    }

    private sealed class SteppedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
