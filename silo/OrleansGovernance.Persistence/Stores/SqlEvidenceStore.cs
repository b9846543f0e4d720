using System.Data;
using System.Runtime.InteropServices;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Persistence.Database;
using static OrleansGovernance.Persistence.Database.SqlValues;

namespace OrleansGovernance.Persistence.Stores;

/// <summary>Milestone evidence in governance_milestone_evidence (the *_milestone_evidence migrations), the same SQL on both dialects.</summary>
public sealed class SqlEvidenceStore(GovernanceDatabase database) : IEvidenceStore
{
    public Task Save(EvidenceFile file, CancellationToken cancellationToken = default) => database.Writes.Run(async () =>
    {
        await using var command = database.DataSource.CreateCommand("""
            INSERT INTO governance_milestone_evidence
                (id, plan_id, milestone_id, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
            VALUES (@id, @plan, @milestone, @name, @type, @size, @content, @by, @at)
            """);
        Add(command, "id", file.Id);
        Add(command, "plan", file.PlanId);
        Add(command, "milestone", file.MilestoneId);
        Add(command, "name", file.FileName);
        Add(command, "type", file.ContentType);
        Add(command, "size", (long)file.Content.Length);
        Add(command, "content", WholeArray(file.Content), DbType.Binary);
        Add(command, "by", file.UploadedBy);
        Add(command, "at", Time(database.Dialect, file.UploadedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    });

    /// <summary>The array behind the content when it spans all of it (as uploads do), so a 10 MiB photo is not copied once more.</summary>
    private static byte[] WholeArray(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment is { Offset: 0, Array: { } array } && segment.Count == array.Length
            ? array
            : content.ToArray();

    public async Task<EvidenceFile?> Find(string id, CancellationToken cancellationToken = default)
    {
        await using var command = database.DataSource.CreateCommand("""
            SELECT plan_id, milestone_id, file_name, content_type, content, uploaded_by, uploaded_at
            FROM governance_milestone_evidence WHERE id = @id
            """);
        Add(command, "id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new EvidenceFile(
            id,
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            (byte[])reader.GetValue(4),
            reader.GetString(5),
            ReadTime(reader.GetValue(6)));
    }

    public async Task<EvidenceFacts?> Describe(string id, CancellationToken cancellationToken = default)
    {
        await using var command = database.DataSource.CreateCommand("""
            SELECT plan_id, milestone_id, file_name, content_type, size_bytes
            FROM governance_milestone_evidence WHERE id = @id
            """);
        Add(command, "id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new EvidenceFacts(id, reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4))
            : null;
    }

    public Task MarkReferenced(IReadOnlyCollection<string> ids, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ids.Count == 0 ? Task.CompletedTask : database.Writes.Run(async () =>
        {
            foreach (var id in ids)
            {
                await using var command = database.DataSource.CreateCommand(
                    "UPDATE governance_milestone_evidence SET referenced_at = @at WHERE id = @id AND referenced_at IS NULL");
                Add(command, "id", id);
                Add(command, "at", Time(database.Dialect, at));
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        });

    public async Task<int> CountUnreferenced(string planId, string milestoneId, CancellationToken cancellationToken = default)
    {
        await using var command = database.DataSource.CreateCommand("""
            SELECT COUNT(*) FROM governance_milestone_evidence
            WHERE plan_id = @plan AND milestone_id = @milestone AND referenced_at IS NULL
            """);
        Add(command, "plan", planId);
        Add(command, "milestone", milestoneId);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<int> DeleteUnreferenced(DateTimeOffset uploadedBefore, CancellationToken cancellationToken = default) => database.Writes.Run(async () =>
    {
        await using var command = database.DataSource.CreateCommand(
            "DELETE FROM governance_milestone_evidence WHERE referenced_at IS NULL AND uploaded_at < @before");
        Add(command, "before", Time(database.Dialect, uploadedBefore));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    });
}
