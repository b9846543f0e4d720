using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Limits;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Plans;

/// <summary>
/// Takes in a milestone's evidence for the API and the dashboard alike: at most Api:MaxEvidenceBytes, a kind its bytes
/// show it to be (not what the client declares), stored whole or not at all; and resolves the ids a step names into the
/// references its history keeps.
/// </summary>
public sealed class EvidenceUploads(IEvidenceStore store, IOptions<ApiLimits> limits, TimeProvider clock)
{
    public long MaxBytes => limits.Value.MaxEvidenceBytes;

    /// <summary>Reads <paramref name="content"/>, checks it and stores it as evidence of the milestone; nothing is stored when it is refused.</summary>
    public async Task<EvidenceRef> Store(string planId, string milestoneId, string? fileName, Stream content, Caller caller, CancellationToken cancellationToken)
    {
        // Checked before the body is read, so a refused upload costs no memory; uploads racing past it overshoot by a few at most.
        var maxUnattached = limits.Value.MaxUnreferencedEvidence;
        if (await store.CountUnreferenced(planId, milestoneId, cancellationToken) >= maxUnattached)
        {
            throw EvidenceRefusedException.TooManyUnattached(maxUnattached);
        }

        var bytes = await ReadAtMost(content, MaxBytes, cancellationToken);
        if (bytes.Length == 0)
        {
            throw EvidenceRefusedException.Missing("the file is empty.");
        }

        var contentType = EvidenceKinds.Sniff(bytes) ?? throw EvidenceRefusedException.Unsupported();
        var file = new EvidenceFile(
            $"ev-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}",
            planId,
            milestoneId,
            EvidenceKinds.SafeFileName(fileName, contentType),
            contentType,
            bytes,
            caller.Subject,
            clock.GetUtcNow());
        await store.Save(file, cancellationToken);
        return new EvidenceRef(file.Id, file.FileName, file.ContentType, bytes.Length);
    }

    /// <summary>
    /// The references of the files a step names: each must have been uploaded for this very milestone. They are marked
    /// referenced here, before the step is taken: should the step then fail, a file escapes the sweep rather than a
    /// named one being deleted.
    /// </summary>
    public async Task<IReadOnlyList<EvidenceRef>> Resolve(string planId, string milestoneId, IReadOnlyList<string>? ids, CancellationToken cancellationToken)
    {
        var wanted = (ids ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count > EvidenceRef.MaxPerStep)
        {
            throw DomainRuleException.Invalid($"a step carries at most {EvidenceRef.MaxPerStep} files.");
        }

        var found = new List<EvidenceRef>(wanted.Count);
        foreach (var id in wanted)
        {
            var file = string.IsNullOrWhiteSpace(id) || id.Length > 64 ? null : await store.Describe(id, cancellationToken);
            if (file is null || file.PlanId != planId || file.MilestoneId != milestoneId)
            {
                throw DomainRuleException.Invalid($"evidence '{id}' was not uploaded to milestone '{milestoneId}' of this plan.");
            }

            found.Add(new EvidenceRef(file.Id, file.FileName, file.ContentType, file.SizeBytes));
        }

        await store.MarkReferenced(wanted, clock.GetUtcNow(), cancellationToken);
        return found;
    }

    private static async Task<byte[]> ReadAtMost(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw EvidenceRefusedException.TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
