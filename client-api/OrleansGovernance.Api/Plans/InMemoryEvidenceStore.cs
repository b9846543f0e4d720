using System.Collections.Concurrent;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Plans;

/// <summary>Evidence kept in the process, for hosts without a database (memory storage in tests, an API host on its own).</summary>
internal sealed class InMemoryEvidenceStore : IEvidenceStore
{
    private readonly ConcurrentDictionary<string, EvidenceFile> _files = new(StringComparer.Ordinal);

    public Task Save(EvidenceFile file, CancellationToken cancellationToken = default) =>
        _files.TryAdd(file.Id, file with { Content = file.Content.ToArray() })
            ? Task.CompletedTask
            : throw new InvalidOperationException($"evidence '{file.Id}' is already stored.");

    public Task<EvidenceFile?> Find(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_files.GetValueOrDefault(id));
}
