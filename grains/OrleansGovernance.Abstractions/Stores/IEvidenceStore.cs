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

    /// <summary>
    /// What is known of the file with this id without its bytes, or null when there is none: checking the ids a step
    /// names must not read megabytes of photos only to learn their sizes.
    /// </summary>
    Task<EvidenceFacts?> Describe(string id, CancellationToken cancellationToken = default);

    /// <summary>Notes that a step names these files, so the sweep keeps them; files already noted keep their first time.</summary>
    Task MarkReferenced(IReadOnlyCollection<string> ids, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>How many files of this milestone no step has named yet.</summary>
    Task<int> CountUnreferenced(string planId, string milestoneId, CancellationToken cancellationToken = default);

    /// <summary>Deletes the files no step named that were uploaded before <paramref name="uploadedBefore"/>; how many went.</summary>
    Task<int> DeleteUnreferenced(DateTimeOffset uploadedBefore, CancellationToken cancellationToken = default);
}

/// <summary>An evidence file's particulars without its content: the plan and milestone it was sent for, its size, type and name.</summary>
public sealed record EvidenceFacts(
    string Id,
    string PlanId,
    string MilestoneId,
    string FileName,
    string ContentType,
    long SizeBytes);

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
