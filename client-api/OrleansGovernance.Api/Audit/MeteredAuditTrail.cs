using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Audit;

/// <summary>Counts the entries the trail failed to write, whichever caller (API filter, dashboard, Open311) asked.</summary>
internal sealed class MeteredAuditTrail(IAuditTrail inner, AuditMetrics metrics) : IAuditTrail, IAsyncDisposable
{
    public async Task Record(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.Record(entry, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            metrics.WriteFailed();
            throw;
        }
    }

    public Task<IReadOnlyList<AuditEntry>> Read(AuditQuery query, CancellationToken cancellationToken = default) =>
        inner.Read(query, cancellationToken);

    public ValueTask DisposeAsync() => inner is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
}
