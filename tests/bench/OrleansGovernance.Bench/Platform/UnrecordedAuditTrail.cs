using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Bench.Platform;

/// <summary>An audit trail that keeps nothing: the audit filter still builds each entry, but no row is written.</summary>
internal sealed class UnrecordedAuditTrail : IAuditTrail
{
    public Task Record(AuditEntry entry, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyList<AuditEntry>> Read(AuditQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([]);
}
