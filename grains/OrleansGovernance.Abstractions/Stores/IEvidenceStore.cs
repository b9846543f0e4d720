namespace OrleansGovernance.Abstractions.Stores;

/// <summary>
/// Where the photos and documents attached to milestones are kept (the *_milestone_evidence migrations): written once
/// when uploaded, never changed, read back by whoever may read the plan. The milestone's history names a file by its
/// id; the bytes stay here, out of the plan's row, so a plan stays small however many photos its owners send.
/// </summary>
public interface IEvidenceStore
{
    Task Save(EvidenceFile file, CancellationToken cancellationToken = default);

    /// <summary>The file with this id, or null when there is none.</summary>
    Task<EvidenceFile?> Find(string id, CancellationToken cancellationToken = default);
}

/// <summary>
/// One uploaded file: the plan and milestone it was sent for, its name and the content type its bytes were found to be,
/// who sent it and when.
/// </summary>
public sealed record EvidenceFile(
    string Id,
    string PlanId,
    string MilestoneId,
    string FileName,
    string ContentType,
    ReadOnlyMemory<byte> Content,
    string UploadedBy,
    DateTimeOffset UploadedAt);
