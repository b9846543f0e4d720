using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Audit;

/// <summary>For memory storage (tests): the trail lives as long as the process.</summary>
internal sealed class InMemoryAuditTrail : IAuditTrail
{
    private readonly List<AuditEntry> _entries = [];

    public Task Record(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        lock (_entries)
        {
            _entries.Add(entry with { Id = _entries.Count + 1 });
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> Read(AuditQuery query, CancellationToken cancellationToken = default)
    {
        lock (_entries)
        {
            IReadOnlyList<AuditEntry> page = [.. _entries
                .Where(e => query.Before is not { } before || e.Id < before)
                .Where(e => query.Actor is null || e.Actor == query.Actor)
                .Where(e => query.Subject is null || (e.SubjectId?.StartsWith(query.Subject, StringComparison.Ordinal) ?? false))
                .OrderByDescending(e => e.Id)
                .Take(query.Limit)];
            return Task.FromResult(page);
        }
    }
}
