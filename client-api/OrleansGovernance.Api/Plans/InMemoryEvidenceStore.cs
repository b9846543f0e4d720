using System.Collections.Concurrent;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Plans;

/// <summary>Evidence kept in the process, for hosts without a database (memory storage in tests, an API host on its own).</summary>
internal sealed class InMemoryEvidenceStore : IEvidenceStore
{
    private readonly ConcurrentDictionary<string, EvidenceFile> _files = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _referenced = new(StringComparer.Ordinal);

    public Task Save(EvidenceFile file, CancellationToken cancellationToken = default) =>
        _files.TryAdd(file.Id, file with { Content = file.Content.ToArray() })
            ? Task.CompletedTask
            : throw new InvalidOperationException($"evidence '{file.Id}' is already stored.");

    public Task<EvidenceFile?> Find(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_files.GetValueOrDefault(id));

    public Task<EvidenceFacts?> Describe(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_files.TryGetValue(id, out var file)
            ? new EvidenceFacts(file.Id, file.PlanId, file.MilestoneId, file.FileName, file.ContentType, file.Content.Length)
            : null);

    public Task MarkReferenced(IReadOnlyCollection<string> ids, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        foreach (var id in ids.Where(_files.ContainsKey))
        {
            _referenced.TryAdd(id, at);
        }

        return Task.CompletedTask;
    }

    public Task<int> CountUnreferenced(string planId, string milestoneId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_files.Values.Count(file => file.PlanId == planId && file.MilestoneId == milestoneId && !_referenced.ContainsKey(file.Id)));

    public Task<int> DeleteUnreferenced(DateTimeOffset uploadedBefore, CancellationToken cancellationToken = default) =>
        Task.FromResult(_files.Values
            .Where(file => file.UploadedAt < uploadedBefore && !_referenced.ContainsKey(file.Id))
            .Count(file => _files.TryRemove(file.Id, out _)));
}
