using Microsoft.Extensions.Logging;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Audit;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>
/// Writes made from the dashboard go into the same append-only trail as the API's, with the status the API would have
/// answered, committed before the page shows the write as done.
/// </summary>
public sealed class DashboardAudit(IAuditTrail trail, TimeProvider clock, ILogger<DashboardAudit> logger)
{
    /// <summary>Runs <paramref name="write"/> for <paramref name="caller"/> and records it as <c>dashboard {action}</c> on <paramref name="target"/>.</summary>
    public async Task<T> Write<T>(Caller caller, string action, string target, string subjectId, Func<Task<T>> write)
    {
        T done;
        try
        {
            done = await write();
        }
        catch (Exception refused)
        {
            await Record(caller, action, target, subjectId, ProblemExceptionHandler.StatusFor(refused));
            throw;
        }

        await Record(caller, action, target, subjectId, 200);
        return done;
    }

    private Task Record(Caller caller, string action, string target, string subjectId, int status) =>
        trail.RecordOrLog(new AuditEntry(0, clock.GetUtcNow(), caller.Subject, caller.Role, $"dashboard {action}", target, subjectId, status), logger);
}
