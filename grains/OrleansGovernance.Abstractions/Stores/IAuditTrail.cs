namespace OrleansGovernance.Abstractions.Stores;

/// <summary>The append-only trail of writes.</summary>
public interface IAuditTrail
{
    /// <summary>Completes once the entry is durable.</summary>
    Task Record(AuditEntry entry, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntry>> Read(AuditQuery query, CancellationToken cancellationToken = default);
}
