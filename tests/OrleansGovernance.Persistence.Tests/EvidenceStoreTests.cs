using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Persistence.Stores;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>Milestone evidence on SQLite (migration 0012): the bytes, type and names read back as written, once.</summary>
public sealed class EvidenceStoreTests
{
    private static readonly EvidenceFile Photo = new(
        "ev-0123456789abcdef01234567",
        "xiamen.jimei.xinglin.ningbao.ningbao-shijia.plan-screen",
        "display",
        "显示屏.jpg",
        "image/jpeg",
        new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46 },
        "plan-owner-li",
        new DateTimeOffset(2026, 11, 20, 2, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_stored_file_is_read_back_whole_and_an_unknown_id_is_none()
    {
        await using var database = await OutboxDatabase.Create();
        var store = new SqlEvidenceStore(database.Database);

        await store.Save(Photo);
        var read = await store.Find(Photo.Id);

        Assert.NotNull(read);
        Assert.Equal(Photo.Content.ToArray(), read.Content.ToArray());
        Assert.Equal(Photo with { Content = default }, read with { Content = default });
        Assert.Null(await store.Find("ev-never"));
    }

    [Fact]
    public async Task A_file_is_written_once_and_a_second_write_of_its_id_is_refused()
    {
        await using var database = await OutboxDatabase.Create();
        var store = new SqlEvidenceStore(database.Database);
        await store.Save(Photo);

        await Assert.ThrowsAnyAsync<Exception>(() => store.Save(Photo with { FileName = "other.jpg" }));

        Assert.Equal("显示屏.jpg", (await store.Find(Photo.Id))!.FileName);
    }
}
