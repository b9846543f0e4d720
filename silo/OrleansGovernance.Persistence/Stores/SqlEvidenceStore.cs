using System.Data;
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
        Add(command, "content", file.Content.ToArray(), DbType.Binary);
        Add(command, "by", file.UploadedBy);
        Add(command, "at", Time(database.Dialect, file.UploadedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    });

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
}
