using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Persistence.Stores;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>
/// Milestone evidence on SQLite (migrations 0012 and 0013): the bytes, type and names read back as written, once; files
/// no step names are counted per milestone and swept once old, named ones kept.
/// </summary>
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

    [Fact]
    public async Task Describing_a_file_gives_its_plan_milestone_name_type_and_size_and_an_unknown_id_is_none()
    {
        await using var database = await OutboxDatabase.Create();
        var store = new SqlEvidenceStore(database.Database);
        await store.Save(Photo);

        var facts = await store.Describe(Photo.Id);

        Assert.Equal(new EvidenceFacts(Photo.Id, Photo.PlanId, Photo.MilestoneId, Photo.FileName, Photo.ContentType, Photo.Content.Length), facts);
        Assert.Null(await store.Describe("ev-never"));
    }

    [Fact]
    public async Task The_sweep_deletes_only_old_files_no_step_named_and_the_count_sees_only_unnamed_ones()
    {
        await using var database = await OutboxDatabase.Create();
        var store = new SqlEvidenceStore(database.Database);
        var named = Photo with { Id = "ev-named" };
        var unnamedOld = Photo with { Id = "ev-unnamed-old" };
        var unnamedNew = Photo with { Id = "ev-unnamed-new", UploadedAt = Photo.UploadedAt.AddDays(2) };
        foreach (var file in new[] { named, unnamedOld, unnamedNew })
        {
            await store.Save(file);
        }

        await store.MarkReferenced(["ev-named"], Photo.UploadedAt.AddHours(1));
        Assert.Equal(2, await store.CountUnreferenced(Photo.PlanId, Photo.MilestoneId));
        Assert.Equal(0, await store.CountUnreferenced(Photo.PlanId, "another-milestone"));

        var deleted = await store.DeleteUnreferenced(Photo.UploadedAt.AddDays(1));

        Assert.Equal(1, deleted);
        Assert.Null(await store.Describe("ev-unnamed-old"));
        Assert.NotNull(await store.Find("ev-named"));
        Assert.NotNull(await store.Describe("ev-unnamed-new"));
        Assert.Equal(1, await store.CountUnreferenced(Photo.PlanId, Photo.MilestoneId));
    }
}
