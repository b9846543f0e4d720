using Microsoft.Extensions.Logging;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Audit;

public static class AuditTrailRecording
{
    /// <summary>
    /// Records an entry for a write that is durable already. Failing the write's answer now would invite a retry that
    /// writes twice, so a missing entry is logged as an error for operators instead.
    /// </summary>
    public static async Task RecordOrLog(this IAuditTrail trail, AuditEntry entry, ILogger logger, CancellationToken cancellationToken = default)
    {
        try
        {
            await trail.Record(entry, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogError(failure, "Audit entry not recorded: {Actor} {Action} {Target} {Status}", entry.Actor, entry.Action, entry.Target, entry.Status);
        }
    }
}
